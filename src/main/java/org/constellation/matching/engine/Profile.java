package org.constellation.matching.engine;

import java.time.LocalDate;
import java.util.Set;

/**
 * A proposal as the matcher sees it: what it needs and offers, its themes, where it takes place, whom it addresses,
 * when, the kind of organisation behind it, and whether its holder agreed to be introduced. A holder who did not agree
 * is never suggested to anyone.
 *
 * @param expectedAttendance people the proposal expects (0 when unknown), to judge a room's capacity
 * @param from first day of the proposal's dates, or null
 * @param to last day, or null
 */
public record Profile(
        long id,
        String title,
        Set<Resource> needs,
        Set<Offer> offers,
        Set<String> themes,
        GeoPoint place,
        String commune,
        Set<String> audiences,
        LocalDate from,
        LocalDate to,
        String organisationKind,
        int expectedAttendance,
        boolean introducible) {

    public Profile {
        needs = Set.copyOf(needs);
        offers = Set.copyOf(offers);
        themes = Set.copyOf(themes);
        audiences = Set.copyOf(audiences);
    }

    boolean offers(Resource resource) {
        return offers.stream().anyMatch(offer -> offer.resource() == resource);
    }

    int capacityFor(Resource resource) {
        return offers.stream()
                .filter(offer -> offer.resource() == resource)
                .mapToInt(Offer::capacity)
                .max()
                .orElse(0);
    }
}
