package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    @TempDir
    Path folder;

    @Test
    void aSectionIsAddedOnceThenOnlyItsTableIsReplaced() throws Exception {
        Path report = folder.resolve("benchmarks.md");
        Files.writeString(report, "# Benchmarks\n\nProse before.\n");
        BenchmarkReport.writeSection(report, "Feeds", "feeds", "| old |\n");
        Files.writeString(report, Files.readString(report) + "\nProse after, written by hand.\n");
        BenchmarkReport.writeSection(report, "Feeds", "feeds", "| new |\n");
        String text = Files.readString(report);
        assertThat(text)
                .contains("Prose before.", "## Feeds", "| new |", "Prose after, written by hand.")
                .doesNotContain("| old |");
        assertThat(text.split("## Feeds", -1)).hasSize(2);
    }

    @Test
    void percentilesAreTheMedianAndTheNinetyFifth() {
        assertThat(BenchmarkReport.p50p95(List.of(
                        5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L)))
                .containsExactly(11L, 19L);
    }
}
