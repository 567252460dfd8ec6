package fr.mssante.advisor.extract;

/**
 * Where a long reading tells how far it is. The command line shows it on a terminal's standard error;
 * everything else passes {@link #NONE}.
 */
public interface Progress {

    Progress NONE = (phase, done) -> { };

    /**
     * @param phase what is being done, e.g. {@code "FINESS"}, {@code "MSSanté"}, {@code "RPPS"}
     * @param done  lines read or structures checked so far
     */
    void update(String phase, long done);

    /** The run is over: a terminal line is cleared. */
    default void finish() {
    }
}
