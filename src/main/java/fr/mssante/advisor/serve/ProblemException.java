package fr.mssante.advisor.serve;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.LocalizedText;
import java.util.Map;

/**
 * A request the service refuses, thrown by handlers and filters and answered by {@link Problems} alone.
 * The detail is written in both languages; {@code extensions} are extra members of the problem object
 * (the parameter at fault, the limit crossed…), never anything the request carried beyond a name.
 */
final class ProblemException extends RuntimeException {

    private final Problem problem;
    private final LocalizedText detail;
    private final Map<String, Object> extensions;

    ProblemException(Problem problem, String fr, String en) {
        this(problem, fr, en, Map.of());
    }

    ProblemException(Problem problem, String fr, String en, Map<String, Object> extensions) {
        super(problem + ": " + en, null, false, false);
        this.problem = problem;
        this.detail = LocalizedText.of(fr, en);
        this.extensions = Map.copyOf(extensions);
    }

    Problem problem() {
        return problem;
    }

    String detail(Lang lang) {
        return detail.in(lang);
    }

    Map<String, Object> extensions() {
        return extensions;
    }
}
