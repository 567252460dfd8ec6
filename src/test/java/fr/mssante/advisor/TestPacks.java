package fr.mssante.advisor;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackLoader;
import java.nio.file.Path;

/** The project's rule pack, compiled once for all tests (compiling is the slow part). */
public final class TestPacks {

    /** The analysts' folder at the project root: tests run on what they edit, not on a copy. */
    public static final Path RULES = Path.of("rules");
    public static final Path SAMPLES = Path.of("samples");

    private static RulePack pack;
    private static Advisor advisor;

    private TestPacks() {
    }

    public static synchronized RulePack pack() {
        if (pack == null) {
            pack = new RulePackLoader().load(RULES);
        }
        return pack;
    }

    public static synchronized Advisor advisor() {
        if (advisor == null) {
            advisor = Advisor.of(pack());
        }
        return advisor;
    }
}
