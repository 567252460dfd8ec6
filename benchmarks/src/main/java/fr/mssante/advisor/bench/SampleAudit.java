package fr.mssante.advisor.bench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.report.AuditReport;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One auditor and one sample file, for each way of getting the pack: what the audit benchmarks share. */
@State(Scope.Benchmark)
public abstract class SampleAudit {

    @Param({"drl", "executableModel", "serializedCache"})
    public Bench.Kind kind;

    @Param({"ssiad-val-de-sevre.yaml"})
    public String sample;

    private Auditor auditor;
    private Path file;

    /**
     * @param compareWithDrl check first that this pack finds exactly what the DRL pack finds (it runs
     *                       audits, so a benchmark of the very first audit must not ask for it)
     */
    protected void prepare(boolean compareWithDrl) {
        Path rules = Bench.rules();
        if (kind == Bench.Kind.serializedCache) {
            Bench.ensureCache(rules);
        }
        file = Bench.sample(sample);
        auditor = Auditor.of(Bench.pack(kind, rules));
        if (compareWithDrl && kind != Bench.Kind.drl) {
            Bench.checkSameFindings(auditor.pack(), rules, file);
        }
    }

    protected AuditReport auditSample() {
        return auditor.audit(file, Bench.OPTIONS);
    }
}
