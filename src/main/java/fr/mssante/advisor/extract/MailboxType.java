package fr.mssante.advisor.extract;

import java.util.Locale;

/**
 * {@code Type de BAL} of the Annuaire Santé: personal (PER), organisational (ORG), application (APP)
 * and cabinet (CAB) mailboxes. In 2026 only PER and ORG are published; APP and CAB are accepted.
 */
public enum MailboxType {
    PER, ORG, APP, CAB;

    /** The type written in any case, or null for anything else. */
    static MailboxType parse(String raw) {
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "PER" -> PER;
            case "ORG" -> ORG;
            case "APP" -> APP;
            case "CAB" -> CAB;
            default -> null;
        };
    }
}
