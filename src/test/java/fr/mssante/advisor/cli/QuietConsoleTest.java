package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test run stays quiet: a passing test's console goes to memory, and captures nest. */
class QuietConsoleTest {

    @Test
    void aCaptureInsideAnotherGivesTheConsoleBackToTheOuterOne() {
        try (Console.Captured outer = Console.capture()) {
            try (Console.Captured inner = Console.capture()) {
                Console.ERR.println("inner");
                assertThat(inner.err()).isEqualTo("inner" + System.lineSeparator());
            }
            Console.ERR.println("outer");
            assertThat(outer.err()).isEqualTo("outer" + System.lineSeparator());
        }
    }
}
