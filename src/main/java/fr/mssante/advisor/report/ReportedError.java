package fr.mssante.advisor.report;

/** An input error of a setup file, in the report's language. */
public record ReportedError(String message, String path, int line, int column) {
}
