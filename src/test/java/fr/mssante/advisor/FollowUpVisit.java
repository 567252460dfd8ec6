package fr.mssante.advisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A GRADeS advisor's second visit to the SSIAD sample ({@code samples/ssiad-val-de-sevre.yaml}): the
 * automatic forwarding of bal-soins is gone (FWD-AUTOMATIC and FWD-PREFER-NOTIFICATION fixed),
 * bal-coordination now forwards to a Gmail address (FWD-OUTSIDE-TRUST-SPACE new), and two comment lines
 * at the top shift every line, so that a baseline must match findings by rule and subject, not by line.
 */
public final class FollowUpVisit {

    private FollowUpVisit() {
    }

    /**
     * The first visit: copies of the SSIAD and EHPAD Les Charmilles samples in {@code dir}, as the structures
     * an advisor follows; returns the SSIAD's, for {@link #revise}.
     */
    public static Path firstVisit(Path dir) throws IOException {
        Files.copy(Path.of("samples/ehpad-les-charmilles.yaml"), dir.resolve("ehpad-les-charmilles.yaml"));
        return Files.copy(Path.of("samples/ssiad-val-de-sevre.yaml"), dir.resolve("ssiad-val-de-sevre.yaml"));
    }

    /** Rewrites {@code ssiad}, a copy of the sample, as it is at the second visit. */
    public static void revise(Path ssiad) throws IOException {
        String text = Files.readString(ssiad);
        String fixedOne = text.replace("""
                    forwarding:
                      - to: "emilie.girard@ssiad-valdesevre.mssante.fr"
                """, "");
        String brokenOther = fixedOne.replace("""
                    address: "coordination@ssiad-valdesevre.mssante.fr"
                """, """
                    address: "coordination@ssiad-valdesevre.mssante.fr"
                    forwarding:
                      - {to: "coordination.ssiad@gmail.com", automatic: false}
                """);
        if (fixedOne.equals(text) || brokenOther.equals(fixedOne)) {
            throw new IllegalStateException("the SSIAD sample changed: the follow-up visit no longer applies to it");
        }
        Files.writeString(ssiad, "# revu après la visite du 15 janvier\n# deux lignes de plus : tout descend\n"
                + brokenOther);
    }
}
