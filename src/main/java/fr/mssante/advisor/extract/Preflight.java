package fr.mssante.advisor.extract;

import java.nio.file.Path;

/**
 * Looks at the three files before reading any: two of them swapped is the commonest slip, and saying
 * so at once beats two separate "wrong file" messages (or a long read of the wrong file). A single
 * wrong file is left to its reader, which names what it looks like.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Extracts files) {
        ExtractKind finess = Sniffer.sniff(files.finess()).content();
        ExtractKind mailboxes = Sniffer.sniff(files.mailboxes()).content();
        ExtractKind rpps = files.rpps() == null ? null : Sniffer.sniff(files.rpps()).content();
        if (!finess.isFiness() && mailboxes.isFiness() && finess == ExtractKind.MAILBOXES) {
            throw swapped(files.finess(), "--finess", finess, files.mailboxes(), "--mssante", mailboxes);
        }
        if (rpps != null && mailboxes == ExtractKind.RPPS_ACTIVITY && rpps == ExtractKind.MAILBOXES) {
            throw swapped(files.mailboxes(), "--mssante", mailboxes, files.rpps(), "--rpps", rpps);
        }
        if (rpps != null && finess == ExtractKind.RPPS_ACTIVITY && rpps.isFiness()) {
            throw swapped(files.finess(), "--finess", finess, files.rpps(), "--rpps", rpps);
        }
    }

    private static ExtractException swapped(Path a, String optionA, ExtractKind kindA, Path b, String optionB,
                                            ExtractKind kindB) {
        return ExtractException.of(ExtractException.Kind.WRONG_FILE, a,
                optionA + " et " + optionB + " semblent inversés : " + a + " (donné à " + optionA + ") ressemble "
                        + ExtractKind.toFr(kindA.description().fr()) + " et " + b + " (donné à " + optionB + ") "
                        + ExtractKind.toFr(kindB.description().fr()) + ".",
                optionA + " and " + optionB + " look swapped: " + a + " (given to " + optionA + ") looks like "
                        + kindA.description().en() + " and " + b + " (given to " + optionB + ") like "
                        + kindB.description().en() + ".");
    }
}
