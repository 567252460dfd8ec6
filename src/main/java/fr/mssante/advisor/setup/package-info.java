/**
 * Reading a setup file: located tree, JSON Schema, typed model (the Drools facts), input errors.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.setup;
