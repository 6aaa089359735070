package org.constellation.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
        parseJsonArray(text).forEach(node -> addText(items, node.isValueNode() ? node.asText() : node.toString()));
      } else {
        addText(items, text);
      }
    }
    return items;
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
