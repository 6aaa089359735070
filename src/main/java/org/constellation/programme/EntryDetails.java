package org.constellation.programme;

import java.util.List;

/**
 * What the follow-up person writes in "Préparer la fiche programme", already checked. The rest of the entry (title,
 * themes, commune, organiser, partners) comes from the proposal and the forum.
 */
public record EntryDetails(
        String shortDescription,
        String description,
        List<Timing> timings,
        String place,
        String streetAddress,
        List<String> audiences,
        Integer ageMin,
        Integer ageMax,
        List<Accessibility> accessibility,
        AttendanceMode attendanceMode,
        String onlineLink,
        List<String> registration,
        List<String> keywords,
        String umbrellaEvent) {

    public EntryDetails {
        if (timings.isEmpty()) {
            throw new IllegalArgumentException("An entry has at least one timing");
        }
        timings = List.copyOf(timings);
        audiences = List.copyOf(audiences);
        accessibility = List.copyOf(accessibility);
        registration = List.copyOf(registration);
        keywords = List.copyOf(keywords);
    }
}
