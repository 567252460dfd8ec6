package fr.mssante.advisor.audit;

import fr.mssante.advisor.concurrent.Futures;
import fr.mssante.advisor.facts.PortfolioEntry;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.Mailbox;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audits many setup files over the cores with one shared rule pack, and hands each report over as
 * soon as it and all those before it are ready, in the run's order (sorted by source). Reports are
 * not kept: memory stays flat whatever the number of files. Only what the portfolio rules need is
 * kept, in a compact form (see {@link #compact}), and the files behind a portfolio finding are read
 * again at the end to locate it and to apply their acknowledgements.
 *
 * <p>Files are read and audited in parallel, at most {@link #window} ahead of the oldest one not yet
 * handed over, so a slow file holds back the output, never the memory.
 */
public final class BatchAuditor {

    /** Receives the reports in order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Sink {
        void accept(AuditReport report) throws java.io.IOException;
    }

    private final Auditor auditor;
    private final int threads;
    private final int window;

    /** One thread per core. */
    public BatchAuditor(Auditor auditor) {
        this(auditor, Runtime.getRuntime().availableProcessors());
    }

    public BatchAuditor(Auditor auditor, int threads) {
        this.auditor = auditor;
        this.threads = Math.max(1, threads);
        this.window = 8 * this.threads;
    }

    /** The files in the order their reports come out: sorted by source, as {@link AuditRun} sorts them. */
    public static List<Path> ordered(List<Path> files) {
        return files.stream().sorted(Comparator.comparing(Path::toString)).toList();
    }

    /**
     * Audits {@code files} (already expanded, see {@code SetupFiles.expand}), handing each report to
     * {@code sink} in source order, then runs the portfolio rules and returns what they gave.
     */
    public Portfolio run(List<Path> files, AuditOptions options, Sink sink)
            throws java.io.IOException {
        List<PortfolioEntry> entries = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
        try {
            ArrayDeque<Future<Audited>> pending = new ArrayDeque<>();
            for (Path file : ordered(files)) {
                if (pool == null) {
                    hand(audit(file, options), sink, entries, canonical);
                    continue;
                }
                pending.add(pool.submit(() -> audit(file, options)));
                if (pending.size() >= window) {
                    hand(next(pending), sink, entries, canonical);
                }
            }
            while (!pending.isEmpty()) {
                hand(next(pending), sink, entries, canonical);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Map<String, LoadedSetup> reread = new HashMap<>();
        return auditor.portfolio(entries, source -> reread.computeIfAbsent(source,
                s -> auditor.loader().load(Path.of(s))), options);
    }

    /** A file's report, and what the portfolio rules will see of it (null when it was unreadable). */
    private record Audited(AuditReport report, PortfolioEntry entry) {
    }

    private Audited audit(Path file, AuditOptions options) {
        LoadedSetup loaded = auditor.loader().load(file);
        AuditReport report = auditor.audit(loaded, options);
        return new Audited(report, loaded.readable() ? PortfolioEntry.of(loaded.source(), loaded.setup()) : null);
    }

    private static void hand(Audited audited, Sink sink, List<PortfolioEntry> entries, Map<String, String> canonical)
            throws java.io.IOException {
        sink.accept(audited.report());
        if (audited.entry() != null) {
            entries.add(compact(audited.entry(), canonical));
        }
    }

    private static Audited next(ArrayDeque<Future<Audited>> pending) {
        return Futures.get(pending.poll());
    }

    /**
     * What the portfolio rules see of a structure, kept for the whole run: its name, legal entity,
     * DUI, and of each mailbox its id, address, type, status, clients and directory listing (not its
     * people, forwarding, notifications or lists). Repeated words (types, statuses, clients) are
     * shared. About 1 KB a structure instead of several.
     */
    static PortfolioEntry compact(PortfolioEntry e, Map<String, String> canonical) {
        List<Mailbox> mailboxes = new ArrayList<>(e.mailboxes().size());
        for (Mailbox m : e.mailboxes()) {
            List<String> clients = m.clients().stream().map(c -> share(c, canonical)).toList();
            mailboxes.add(new Mailbox(m.id(), m.address(), share(m.type(), canonical), null, null, null, null, null,
                    null, clients, share(m.status(), canonical), m.listedInDirectory(), List.of(), null, null, null));
        }
        return new PortfolioEntry(e.source(), e.structureName(), e.legalEntityFiness(), share(e.duiName(), canonical),
                mailboxes);
    }

    private static String share(String s, Map<String, String> canonical) {
        if (s == null || canonical.size() > 10_000) {
            return s;
        }
        return canonical.computeIfAbsent(s, k -> k);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "audit-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
