package fr.mssante.advisor.setup;

import java.util.List;

/**
 * The outcome of reading one setup file: either a {@link Setup} ready to audit, or the input
 * errors that prevent it (never both).
 *
 * @param source the name the user gave (a path as typed), used in reports
 * @param tree   positions of the nodes, null when the file could not be parsed at all
 */
public record LoadedSetup(String source, Setup setup, LocatedTree tree, List<InputError> errors) {

    public LoadedSetup {
        errors = List.copyOf(errors);
    }

    public boolean readable() {
        return errors.isEmpty() && setup != null;
    }
}
