package org.constellation.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads values as Tasklist submits them: scalars untyped, lists as Json variables (Spin nodes whose toString() is the
 * JSON text), dates as ISO strings. The same reader serves the Java API, where lists arrive as collections.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {}

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> addText(items, item));
        } else if (value != null) {
            String text = value.toString().strip();
            if (text.startsWith("[")) {
                parseJsonArray(text)
                        .forEach(node -> addText(items, node.isValueNode() ? node.asText() : node.toString()));
            } else {
                addText(items, text);
            }
        }
        return items;
    }

    /**
     * A date-time as Camunda Forms sends it ("2027-10-12T18:00+02:00"), Paris time without an offset; null if
     * unreadable.
     */
    public static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ParisTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** A day as a date field sends it ("2027-10-12"), or a date and time of that day; null if unreadable, never cut. */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > 10) {
            OffsetDateTime dateTime = dateTime(text);
            return dateTime == null ? null : dateTime.toLocalDate();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The values a task offers a form's field through {@code valuesKey}: a JSON list of {label, value}. */
    public static Set<String> optionValues(Object options) {
        Set<String> values = new HashSet<>();
        if (options != null) {
            JsonNode list =
                    options instanceof Collection<?> ? JSON.valueToTree(options) : parseJsonArray(options.toString());
            list.forEach(option ->
                    values.add(option.has("value") ? option.get("value").asText() : option.asText()));
        }
        return values;
    }

    private static void addText(List<String> items, Object item) {
        String text = text(item);
        if (text != null) {
            items.add(text);
        }
    }

    private static JsonNode parseJsonArray(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON list", e);
        }
    }
}
