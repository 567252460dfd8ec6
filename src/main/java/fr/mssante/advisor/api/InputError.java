package fr.mssante.advisor.api;

/**
 * Why a setup could not be audited: one error, its place in the tree and in the file (line and column
 * are 0 when unknown, e.g. for a setup built in memory), with a suggestion in the message.
 */
public record InputError(String message, String path, int line, int column) {
}
