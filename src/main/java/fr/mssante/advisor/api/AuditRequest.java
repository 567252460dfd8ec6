package fr.mssante.advisor.api;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to audit — a file, a stream or a setup built in memory — and, when they differ from the
 * advisor's, the audit date, the language and the baseline. Immutable: {@link #asOf}, {@link #language}
 * and {@link #baseline} return a new request.
 *
 * <pre>{@code
 * Report report = advisor.audit(AuditRequest.of(Path.of("ehpad.yaml")).asOf(LocalDate.of(2026, 1, 15)));
 * Report since = advisor.audit(AuditRequest.of(Path.of("ehpad.yaml")).baseline(Path.of("last-visit.json")));
 * }</pre>
 */
public final class AuditRequest {

    private final Path file;
    private final String name;
    private final InputStream stream;
    private final SetupModel model;
    private final LocalDate asOf;
    private final Language language;
    private final Boolean json;
    private final GivenBaseline baseline;

    private AuditRequest(Path file, String name, InputStream stream, SetupModel model, LocalDate asOf,
                         Language language, Boolean json, GivenBaseline baseline) {
        this.file = file;
        this.name = name;
        this.stream = stream;
        this.model = model;
        this.asOf = asOf;
        this.language = language;
        this.json = json;
        this.baseline = baseline;
    }

    /** A setup file ({@code .yaml}, {@code .yml} or {@code .json}). */
    public static AuditRequest of(Path file) {
        return new AuditRequest(Objects.requireNonNull(file, "file"), file.toString(), null, null, null, null, null,
                null);
    }

    /**
     * A setup read from a stream, UTF-8; {@code name} is how reports name it, and its ending
     * ({@code .json} or not) says whether it is JSON or YAML. The stream is read whole, not closed.
     */
    public static AuditRequest of(String name, InputStream stream) {
        return new AuditRequest(null, Objects.requireNonNull(name, "name"), Objects.requireNonNull(stream, "stream"),
                null, null, null, null, null);
    }

    /** A setup built in code. */
    public static AuditRequest of(SetupModel model) {
        return new AuditRequest(null, Objects.requireNonNull(model, "model").name(), null, model, null, null, null,
                null);
    }

    /** The audit date (deadlines and waivers are compared with it) instead of the advisor's. */
    public AuditRequest asOf(LocalDate date) {
        return new AuditRequest(file, name, stream, model, Objects.requireNonNull(date, "date"), language, json,
                baseline);
    }

    /** The report's language instead of the advisor's. */
    public AuditRequest language(Language lang) {
        return new AuditRequest(file, name, stream, model, asOf, Objects.requireNonNull(lang, "lang"), json,
                baseline);
    }

    /**
     * A stream read as JSON ({@code true}) or YAML ({@code false}) whatever its name ends with: a setup
     * received over HTTP is named {@code request}, its {@code Content-Type} says which it is.
     */
    public AuditRequest json(boolean isJson) {
        if (stream == null) {
            throw new IllegalStateException("only a stream's syntax can be chosen; a file's is its name's ending");
        }
        return new AuditRequest(file, name, stream, model, asOf, language, isJson, baseline);
    }

    /**
     * Compares the audit with a JSON report written earlier ({@code audit --format json}, or
     * {@link Report#toJson()} / {@link PortfolioReport#toJson()}), as {@code audit --baseline FILE} does:
     * the structure is found in it by its FINESS (else its file name), findings by rule and subject, not by
     * line. Each finding then has its {@link Finding#baselineState()}, the report its {@link Report#fixed()},
     * and only new findings count in {@link Report#hasFindingsAtLeast}. Replaces the advisor's baseline.
     *
     * @throws AdvisorException when the file is missing or is not such a report (a setup file, a SARIF
     *                          log…): the message names it and says what it is
     */
    public AuditRequest baseline(Path reportJson) {
        return withBaseline(GivenBaseline.of(Objects.requireNonNull(reportJson, "reportJson")));
    }

    /**
     * As {@link #baseline(Path)}, the report read from {@code json} (read whole now, not closed) — one kept
     * in a database, say; {@code name} names it in messages.
     *
     * @throws AdvisorException when it cannot be read or is not a JSON report of an audit
     */
    public AuditRequest baseline(String name, Reader json) {
        return withBaseline(GivenBaseline.of(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(json, "json")));
    }

    private AuditRequest withBaseline(GivenBaseline given) {
        return new AuditRequest(file, name, stream, model, asOf, language, json, given);
    }

    Path file() {
        return file;
    }

    String name() {
        return name;
    }

    InputStream stream() {
        return stream;
    }

    SetupModel model() {
        return model;
    }

    LocalDate asOfOrNull() {
        return asOf;
    }

    Language languageOrNull() {
        return language;
    }

    /** JSON or YAML as chosen with {@link #json(boolean)}; null: the name's ending says. */
    Boolean jsonOrNull() {
        return json;
    }

    GivenBaseline baselineOrNull() {
        return baseline;
    }
}
