package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The command line run in-process ({@link Main#run}) with what it printed on standard output and error
 * kept ({@link Console#capture()}): a user's view of a command without starting a JVM.
 */
record InProcess(int status, String out, String err) {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    static InProcess run(Object... args) {
        try (Console.Captured captured = Console.capture()) {
            int status = Main.run(Stream.of(args).map(String::valueOf).toArray(String[]::new));
            return new InProcess(status, captured.out(), captured.err());
        }
    }

    InProcess assertNoStackTrace() {
        assertThat(STACK_FRAME.matcher(out + err).find()).as("stack frame in:%n%s%s", out, err).isFalse();
        return this;
    }
}
