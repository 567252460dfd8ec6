package fr.mssante.advisor.workbench;

import fr.mssante.advisor.setup.LoadedSetup;
import java.time.LocalDate;
import java.util.List;

/**
 * One scenario of a pack's {@code tests/} folder: setups (inline or by path), an audit date, and the
 * findings that must and must not be reported.
 *
 * @param file   the scenario file, for messages
 * @param line   where the scenario starts in it
 * @param setups the setups to audit together (usually one)
 */
public record Scenario(String file, int line, String name, LocalDate asOf, List<LoadedSetup> setups,
                       List<Expected> expect, List<Expected> absent, List<Expected> waived) {

    /** A finding by rule id and subject. */
    public record Expected(String rule, String subject) {
        @Override
        public String toString() {
            return rule + " " + subject;
        }
    }
}
