package fr.mssante.advisor.identifiers;

import java.util.Locale;

/** Syntax helpers for mail addresses (dot-atom local part, RFC 6531 non-ASCII letters), used by the mailbox and exchange rules. */
public final class EmailAddress {

    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";
    private static final int MAX_LABEL_LENGTH = 63;

    private EmailAddress() {
    }

    /** True for exactly one '@', a dot-atom local part and a domain of two or more valid labels. */
    public static boolean isValid(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return false;
        }
        return isDotAtom(address.substring(0, at)) && isDomain(address.substring(at + 1));
    }

    /** True when the local part holds a non-ASCII character (e.g. an accent). */
    public static boolean hasNonAsciiLocalPart(String address) {
        String local = localPartOf(address);
        return local != null && local.chars().anyMatch(c -> c > 0x7F);
    }

    /** The domain (after the last '@'), lower-cased; null when there is no '@'. */
    public static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The local part (before the last '@'), as written; null when there is no '@'. */
    public static String localPartOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? null : address.substring(0, at);
    }

    private static boolean isDotAtom(String local) {
        if (local.isEmpty() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        return local.codePoints().allMatch(c -> c == '.' || isAtext(c));
    }

    private static boolean isAtext(int c) {
        if (c < 0x80) {
            return isAsciiLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0;
        }
        return isNonAsciiLetter(c);
    }

    private static boolean isDomain(String domain) {
        // split with -1 keeps empty trailing labels, so "x.fr." and "x..fr" fail.
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String label) {
        int length = label.codePointCount(0, label.length());
        if (length < 1 || length > MAX_LABEL_LENGTH || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        return label.codePoints().allMatch(c -> c == '-' || isAsciiLetterOrDigit(c) || c >= 0x80 && isNonAsciiLetter(c));
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    // Letters, plus combining marks so a decomposed "e" + U+0301 counts like a precomposed "é".
    private static boolean isNonAsciiLetter(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
