package fr.mssante.advisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a test run quiet: what a test prints (the command line's {@link Console}, {@code System.out} and
 * {@code System.err}, where slf4j-simple writes) is kept in memory, and shown only when the test fails.
 * Registered for every test class by {@code META-INF/services} with autodetection
 * ({@code junit-platform.properties}).
 */
public final class QuietConsole implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final PrintStream TERMINAL = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    /** What one scope (a class's static set-up, or one test) printed, and where the streams went before. */
    private record Scope(Console.Captured console, ByteArrayOutputStream system, PrintStream out, PrintStream err) {

        static Scope open() {
            ByteArrayOutputStream system = new ByteArrayOutputStream();
            Scope scope = new Scope(Console.capture(), system, System.out, System.err);
            PrintStream memory = new PrintStream(system, true, StandardCharsets.UTF_8);
            System.setOut(memory);
            System.setErr(memory);
            return scope;
        }

        void close(ExtensionContext context) {
            System.setOut(out);
            System.setErr(err);
            String printed = console.out() + console.err() + system.toString(StandardCharsets.UTF_8);
            console.close();
            if (context.getExecutionException().isPresent() && !printed.isBlank()) {
                TERMINAL.println("── output of " + context.getDisplayName() + " ──");
                TERMINAL.print(printed);
            }
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(QuietConsole.class, context.getUniqueId()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        store(context).put("scope", Scope.open());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        store(context).get("scope", Scope.class).close(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        store(context).put("scope", Scope.open());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        store(context).get("scope", Scope.class).close(context);
    }
}
