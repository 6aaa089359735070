package org.constellation.programme;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Short lists in one column: they are read and written only whole, never queried item by item. */
abstract class SeparatedList implements AttributeConverter<List<String>, String> {

    private final String separator;

    SeparatedList(String separator) {
        this.separator = separator;
    }

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(separator, values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(Pattern.quote(separator)))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
    }
}
