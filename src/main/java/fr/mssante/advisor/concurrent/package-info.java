/**
 * Waiting for work started on another thread (the rule pack loading while texts are read, setup files
 * read ahead, batch audits), with failures rethrown as they were.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.concurrent;
