package org.constellation.call;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A season as its page edits it, from the form's text. */
public record SeasonForm(String title, String slug, String startsOnText, String endsOnText, String themeLine) {

    public static SeasonForm of(Season season) {
        return new SeasonForm(
                season.getTitle(),
                season.getSlug(),
                season.getStartsOn().toString(),
                season.getEndsOn().toString(),
                season.getThemeLine());
    }

    public SeasonForm {
        title = blankToNull(title);
        slug = blankToNull(slug);
        startsOnText = blankToNull(startsOnText);
        endsOnText = blankToNull(endsOnText);
        themeLine = blankToNull(themeLine);
    }

    /** Field → message key of each refusal. */
    Map<String, String> refusals(Set<String> takenSlugs) {
        Map<String, String> refused = new LinkedHashMap<>();
        if (title == null) {
            refused.put("title", "call.error.required");
        } else if (title.length() > 200) {
            refused.put("title", "call.error.tooLong");
        }
        if (slug == null) {
            refused.put("slug", "call.error.required");
        } else if (!CallForm.isSlug(slug)) {
            refused.put("slug", "call.error.slug");
        } else if (takenSlugs.contains(slug)) {
            refused.put("slug", "call.error.slugTaken");
        }
        LocalDate startsOn = date(startsOnText, "startsOn", refused);
        LocalDate endsOn = date(endsOnText, "endsOn", refused);
        // Whatever else is refused: every mistake shows at once, not one per try.
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            refused.put("endsOn", "call.error.order");
        }
        if (themeLine != null && themeLine.length() > 300) {
            refused.put("themeLine", "call.error.tooLong");
        }
        return refused;
    }

    LocalDate startsOn() {
        return LocalDate.parse(startsOnText);
    }

    LocalDate endsOn() {
        return LocalDate.parse(endsOnText);
    }

    /** The date, or null when it is missing or no date (the refusal noted). */
    private static LocalDate date(String text, String field, Map<String, String> refused) {
        if (text == null) {
            refused.put(field, "call.error.required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            refused.put(field, "call.error.date");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
