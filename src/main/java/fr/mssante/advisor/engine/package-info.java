/**
 * Running the rule pack on one setup: a Drools session per audit, findings collected, faulty rules isolated.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.engine;
