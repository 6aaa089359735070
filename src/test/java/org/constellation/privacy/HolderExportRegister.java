package org.constellation.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The table « What the holder reads » of docs/register-of-processing.md, between its two markers: each row a column the
 * register names and where the holder's export holds it, as a path in the JSON file ({@code *} standing for each item
 * of a list), or a dash and why it does not. A row in any other shape fails loudly rather than be skipped.
 */
public final class HolderExportRegister {

    public static final Path REGISTER = Path.of("docs", "register-of-processing.md");
    private static final String START = "<!-- holder-export";
    private static final String END = "<!-- /holder-export -->";
    /** | what | `table.column` | `/path` or — why | */
    private static final Pattern ROW = Pattern.compile("\\|[^|]+\\|\\s*`([a-z_]+\\.[a-z_]+)`\\s*\\|\\s*(.+?)\\s*\\|");

    private static final Pattern PATH = Pattern.compile("`(/[A-Za-z*/]+)`");

    /** A row: the column, and where the export holds it; {@code path} is null where the register says why not. */
    public record Row(String column, String path) {}

    private HolderExportRegister() {}

    public static List<Row> rows() throws IOException {
        String register = Files.readString(REGISTER);
        int start = register.indexOf(START);
        int end = register.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(REGISTER + ": no table between " + START + " and " + END);
        }
        List<String> lines = register.substring(start, end)
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith("|"))
                .toList();
        List<Row> rows = new ArrayList<>();
        // The first two lines are the table's header and its rule.
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                throw malformed(line);
            }
            Matcher path = PATH.matcher(row.group(2));
            if (path.matches()) {
                rows.add(new Row(row.group(1), path.group(1)));
            } else if (row.group(2).startsWith("—")) {
                rows.add(new Row(row.group(1), null));
            } else {
                throw malformed(line);
            }
        }
        return rows;
    }

    private static IllegalStateException malformed(String line) {
        return new IllegalStateException(
                REGISTER + ": a row is | what | `table.column` | `/path` or — why |, not " + line);
    }

    /** The texts the export holds at a path of the table: one per item where the path or its end is a list. */
    public static List<String> texts(JsonNode export, String path) {
        List<JsonNode> nodes = List.of(export);
        for (String step : path.substring(1).split("/")) {
            nodes = nodes.stream()
                    .flatMap(node -> "*".equals(step) ? items(node) : Stream.of(node.path(step)))
                    .toList();
        }
        return nodes.stream()
                .flatMap(node -> node.isArray() ? items(node) : Stream.of(node))
                .filter(JsonNode::isValueNode)
                .filter(node -> !node.isNull())
                .map(JsonNode::asText)
                .toList();
    }

    private static Stream<JsonNode> items(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false);
    }
}
