package org.constellation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the commands under bench/ share: percentiles of their samples, and their section of docs/benchmarks.md. */
public final class BenchmarkReport {

    private static final String END = "\n<!-- end -->";

    private BenchmarkReport() {}

    /** The median and the 95th percentile of the samples, in their unit. */
    public static long[] p50p95(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return new long[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)};
    }

    /**
     * Writes {@code table} between the section's marker ({@code <!-- name results -->}) and the next end marker of the
     * report, adding the section under {@code title} the first time; the prose around it stays as written.
     */
    public static void writeSection(Path report, String title, String name, String table) throws IOException {
        String marker = "<!-- " + name + " results -->";
        String text = Files.exists(report) ? Files.readString(report) : "";
        if (!text.contains(marker)) {
            text = text + "\n## " + title + "\n\n" + marker + END + "\n";
        }
        int at = text.indexOf(marker);
        String after = text.substring(at + marker.length());
        Files.writeString(
                report, text.substring(0, at) + marker + "\n\n" + table + after.substring(after.indexOf(END)));
    }
}
