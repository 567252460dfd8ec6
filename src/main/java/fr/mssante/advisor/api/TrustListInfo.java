package fr.mssante.advisor.api;

/**
 * The official whitelist that decided what is in the trust space.
 *
 * @param generatedAt the list's generation date as written in it, or null
 * @param domains     how many distinct domains it names
 */
public record TrustListInfo(String source, String generatedAt, int domains) {
}
