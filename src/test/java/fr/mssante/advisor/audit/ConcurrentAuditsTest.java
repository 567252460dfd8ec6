package fr.mssante.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.setup.LoadedSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link Auditor} shared by 8 threads over 10,000 audits gives exactly the reports a single
 * thread gives (reports are records: equal field by field, findings in the same order). One audit in
 * ten also reads its file on the shared loader; the others audit setups read beforehand, so the test
 * stays a few seconds long.
 */
class ConcurrentAuditsTest {

    static final int THREADS = 8;
    static final int AUDITS = 10_000;
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    private record Input(String name, byte[] bytes, LoadedSetup loaded) {
    }

    @Test
    void eightThreadsGiveExactlyTheSequentialResults() throws Exception {
        Auditor auditor = TestPacks.auditor();
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> samples = Files.list(TestPacks.SAMPLES)) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                inputs.add(new Input(p.toString(), Files.readAllBytes(p), auditor.loader().load(p)));
            }
        }
        List<AuditReport> expected = new ArrayList<>();
        for (Input in : inputs) {
            expected.add(auditor.audit(in.loaded(), OPTIONS));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<AuditReport>> results = new ArrayList<>();
            for (int i = 0; i < AUDITS; i++) {
                Input in = inputs.get(i % inputs.size());
                boolean read = i % 10 == 0;
                results.add(pool.submit(() -> read ? audit(auditor, in) : auditor.audit(in.loaded(), OPTIONS)));
            }
            int different = 0;
            for (int i = 0; i < AUDITS; i++) {
                if (!results.get(i).get().equals(expected.get(i % inputs.size()))) {
                    different++;
                }
            }
            assertThat(different).as("reports that differ from the sequential run, of %d", AUDITS).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private static AuditReport audit(Auditor auditor, Input in) throws IOException {
        return auditor.audit(in.name(), new ByteArrayInputStream(in.bytes()), OPTIONS);
    }
}
