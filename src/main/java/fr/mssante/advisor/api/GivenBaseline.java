package fr.mssante.advisor.api;

import fr.mssante.advisor.report.Baseline;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A baseline given to a request or to the advisor: checked when it is given (so that a wrong file fails
 * there, named), kept as text, and read again for each audit, because comparing a run with a baseline
 * marks its structures as met: two audits must never share one.
 *
 * @param name how messages name it: the file, or the name given with a reader
 * @param file the file it was read from, null for a reader (an audited folder that holds it leaves it out)
 */
record GivenBaseline(String name, Path file, String text) {

    static GivenBaseline of(Path file) {
        try {
            String text = Baseline.text(file);
            Baseline.parse(file.toString(), text);
            return new GivenBaseline(file.toString(), file, text);
        } catch (Baseline.Unusable e) {
            throw unusable(e);
        }
    }

    static GivenBaseline of(String name, Reader json) {
        StringWriter text = new StringWriter();
        try {
            json.transferTo(text);
            Baseline.parse(name, text.toString());
        } catch (IOException e) {
            throw new AdvisorException(name + " : lecture impossible / cannot read: " + e.getMessage(),
                    List.of(e.getMessage()));
        } catch (Baseline.Unusable e) {
            throw unusable(e);
        }
        return new GivenBaseline(name, null, text.toString());
    }

    /** A fresh comparison with this baseline, for one audit. */
    Baseline read() {
        try {
            return Baseline.parse(name, text);
        } catch (Baseline.Unusable e) {
            throw new IllegalStateException("a baseline checked when given no longer reads", e);
        }
    }

    private static AdvisorException unusable(Baseline.Unusable e) {
        return new AdvisorException(e.getMessage(), List.of(e.getMessage()));
    }
}
