package org.constellation.programme;

import java.util.List;

/** The filters of the agenda and feeds (?theme=&commune=&audience=): each one given narrows the programme. */
public record ProgrammeFilter(String theme, String commune, String audience) {

    public ProgrammeFilter {
        theme = blankToNull(theme);
        commune = blankToNull(commune);
        audience = blankToNull(audience);
    }

    public boolean matches(PublishedEntry entry) {
        return (theme == null || entry.hasTheme(theme))
                && (commune == null || commune.equals(entry.inseeCode()) || commune.equalsIgnoreCase(entry.commune()))
                && (audience == null || entry.hasAudience(audience));
    }

    public List<PublishedEntry> apply(List<PublishedEntry> entries) {
        return entries.stream().filter(this::matches).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
