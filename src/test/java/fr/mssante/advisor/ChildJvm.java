package fr.mssante.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the command line in a child JVM on the test classpath, as a user would (locale C, so accents
 * must not depend on it), and captures what reaches the terminal: the console writes straight to the
 * file descriptors, so this is the only faithful way to read stdout and stderr.
 */
public final class ChildJvm {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    /** What the process printed, and its exit status. */
    public record Exec(int status, String out, String err) {

        public Exec assertNoStackTrace() {
            for (String stream : List.of(out, err)) {
                assertThat(STACK_FRAME.matcher(stream).find()).as("stack frame in:%n%s", stream).isFalse();
                assertThat(stream).doesNotContain("Exception in thread");
            }
            return this;
        }
    }

    private ChildJvm() {
    }

    public static Exec run(Path workDir, Object... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "fr.mssante.advisor.cli.Main"));
        Stream.of(args).map(String::valueOf).forEach(command::add);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timeout: " + command);
        }
        return new Exec(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
