package org.constellation.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form of forms/, read as data so that pages outside Tasklist (the public portal) show the same labels,
 * options and rules as Tasklist does. Only what our forms use is read; a condition this reader does not understand
 * fails loudly rather than showing a field where Tasklist would hide it.
 */
public record CamundaForm(String id, List<Component> components) {

    public record Option(String value, String label) {}

    /** Shown only while the field {@code key} holds {@code value} (form-js: {@code hide: =key != "value"}). */
    public record Condition(String key, String value) {}

    /**
     * One component as the form declares it; {@code hide} is its FEEL condition as written ("=x = null"),
     * {@code valuesKey} the variable that holds its options when they are not in the form.
     */
    public record Component(
            String id,
            String type,
            String key,
            String label,
            String description,
            String text,
            boolean required,
            Integer maxLength,
            String pattern,
            String validationType,
            BigDecimal min,
            BigDecimal max,
            boolean readonly,
            List<Option> options,
            String valuesKey,
            String hide,
            String defaultValue,
            String subtype) {

        public boolean isInput() {
            return key != null;
        }

        /** The condition in the one form the portal renders itself understands; any other fails loudly. */
        public Condition shownWhen() {
            if (hide == null) {
                return null;
            }
            Matcher matcher = HIDE_UNLESS_EQUAL.matcher(hide);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "Unsupported form condition '" + hide + "': write =key != \"value\"");
            }
            return new Condition(matcher.group(1), matcher.group(2));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HIDE_UNLESS_EQUAL = Pattern.compile("^=\\s*(\\w+)\\s*!=\\s*\"([^\"]*)\"\\s*$");

    /** Reads forms/{id}.form from the classpath, where the build puts the top-level forms/ folder. */
    public static CamundaForm load(String id) {
        String resource = "forms/" + id + ".form";
        try (InputStream in = CamundaForm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No form " + resource + " on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable form " + resource, e);
        }
    }

    /** Reads a form's JSON, from the classpath or from an engine deployment. */
    public static CamundaForm read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Component> components = new ArrayList<>();
        root.path("components").forEach(node -> components.add(component(node)));
        return new CamundaForm(root.path("id").asText(), List.copyOf(components));
    }

    public Optional<Component> component(String key) {
        return components.stream().filter(c -> key.equals(c.key())).findFirst();
    }

    public List<Component> inputs() {
        return components.stream().filter(Component::isInput).toList();
    }

    private static Component component(JsonNode node) {
        JsonNode validate = node.path("validate");
        List<Option> options = new ArrayList<>();
        node.path("values")
                .forEach(option -> options.add(new Option(
                        option.path("value").asText(), option.path("label").asText())));
        return new Component(
                node.path("id").asText(),
                node.path("type").asText(),
                text(node, "key"),
                text(node, "label"),
                text(node, "description"),
                text(node, "text"),
                validate.path("required").asBoolean(false),
                validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                text(validate, "pattern"),
                text(validate, "validationType"),
                validate.has("min") ? validate.get("min").decimalValue() : null,
                validate.has("max") ? validate.get("max").decimalValue() : null,
                node.path("readonly").asBoolean(false),
                List.copyOf(options),
                text(node, "valuesKey"),
                text(node.path("conditional"), "hide"),
                text(node, "defaultValue"),
                text(node, "subtype"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
