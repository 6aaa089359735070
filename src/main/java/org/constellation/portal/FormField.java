package org.constellation.portal;

import java.util.List;

/**
 * One component of a Camunda Form as a portal page shows it: a heading or paragraph of text, or an input with its
 * label, hint, rules, choices, current value and error, in the reader's language.
 *
 * @param type heading, paragraph, textfield, textarea, radio, select, checklist or date; and the page's own: amount (a
 *     sum in euros) or check (where the server says what no single field holds, such as a budget's balance)
 * @param showWhen "key=value" when the field only applies while another field holds that value, else null
 */
public record FormField(
        String type,
        String id,
        String name,
        String label,
        String description,
        boolean required,
        Integer maxLength,
        List<Choice> choices,
        String value,
        String error,
        String showWhen,
        int level) {

    public record Choice(String id, String value, String label, boolean selected) {}

    public boolean isInput() {
        return name != null;
    }

    /** Ids of the hint and error, for aria-describedby. */
    public String describedBy() {
        String ids = (description == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
        return ids.isBlank() ? null : ids.strip();
    }
}
