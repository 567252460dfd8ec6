package fr.mssante.advisor.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The three public extracts a selection reads, as given on the command line.
 *
 * @param finess    {@code --finess}: the Etalab CSV or the JSON flux
 * @param mailboxes {@code --mssante}: the Annuaire Santé mailbox extraction, text or ZIP
 * @param rpps      {@code --rpps}: the RPPS activity extraction, or null
 */
public record Extracts(Path finess, Path mailboxes, Path rpps) {

    public Extracts {
        Objects.requireNonNull(finess, "finess");
        Objects.requireNonNull(mailboxes, "mailboxes");
    }
}
