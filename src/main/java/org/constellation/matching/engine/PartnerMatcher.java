package org.constellation.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks partners for a proposal: who offers what it needs, close by, on shared themes, for the same audiences, at
 * compatible dates, from another kind of organisation. Plain Java, no framework: the process and the benchmark use it
 * alike.
 *
 * <p>It stays fast at national scale by never scoring every pair: candidates come from grids of cells about 10 km wide,
 * one per offered resource and one per theme. For each need, the search widens ring by ring around the proposal until
 * it has enough offers or reaches {@link #MAX_RINGS} rings; holders of each of its themes are looked for in its cell
 * and the next ones only. Each search stops at a cap, nearest cells first, so the work per proposal is bounded however
 * dense a city is, and the total grows with the number of proposals, not with its product by the offers.
 */
public final class PartnerMatcher {

    /** Grid cell size in degrees: about 11 km north-south, 8 km east-west in France. */
    static final double CELL_DEGREES = 0.1;
    /** Rings searched for an offer at most: about 100 km around the proposal. */
    static final int MAX_RINGS = 10;
    /** Beyond this distance, nearness adds nothing to the score. */
    static final double NEAR_KM = 50;
    /** Offers scored at most per need, and holders per theme: nearest cells first. */
    static final int OFFERS_PER_NEED = 200;

    static final int HOLDERS_PER_THEME = 40;

    private final Map<Resource, Grid> offerers = new EnumMap<>(Resource.class);
    private final Map<String, Grid> holdersByTheme = new HashMap<>();
    private final boolean french;
    private long evaluations;

    /** @param candidates every proposal that may be suggested; those whose holder did not agree are left out here */
    public PartnerMatcher(Collection<Profile> candidates, boolean french) {
        this.french = french;
        for (Profile candidate : candidates) {
            if (!candidate.introducible()) {
                continue;
            }
            for (String theme : candidate.themes()) {
                holdersByTheme.computeIfAbsent(theme, key -> new Grid()).add(candidate);
            }
            for (Offer offer : candidate.offers()) {
                offerers.computeIfAbsent(offer.resource(), resource -> new Grid())
                        .add(candidate);
            }
        }
    }

    /** The best {@code limit} partners for the proposal, best first. */
    public List<Suggestion> suggestionsFor(Profile seeker, int limit) {
        Map<Long, Profile> candidates = new LinkedHashMap<>();
        for (Resource need : seeker.needs()) {
            Grid grid = offerers.get(need);
            if (grid != null) {
                grid.near(seeker.place(), limit * 4, MAX_RINGS, OFFERS_PER_NEED)
                        .forEach(candidate -> candidates.put(candidate.id(), candidate));
            }
        }
        for (String theme : seeker.themes()) {
            Grid grid = holdersByTheme.get(theme);
            if (grid != null) {
                grid.near(seeker.place(), HOLDERS_PER_THEME, 1, HOLDERS_PER_THEME)
                        .forEach(candidate -> candidates.putIfAbsent(candidate.id(), candidate));
            }
        }

        List<Scored> scored = new ArrayList<>();
        for (Profile candidate : candidates.values()) {
            Scored result = score(seeker, candidate);
            if (result != null) {
                scored.add(result);
            }
        }
        return scored.stream()
                .sorted(Scored.BEST_FIRST)
                .limit(limit)
                .map(Scored::suggestion)
                .toList();
    }

    /** Candidates scored since this matcher was built: the benchmark's measure of work, the same on every machine. */
    public long evaluations() {
        return evaluations;
    }

    /** The candidate's score for the seeker with its reasons, or null when nothing links them. */
    Scored score(Profile seeker, Profile candidate) {
        evaluations++;
        if (candidate.id() == seeker.id() || !candidate.introducible()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        double score = 0;
        double distance = seeker.place() == null || candidate.place() == null
                ? Double.NaN
                : seeker.place().kilometresTo(candidate.place());

        boolean firstNeed = true;
        for (Resource need : seeker.needs()) {
            if (candidate.offers(need)) {
                score += firstNeed ? 30 : 10;
                reasons.add(offerPhrase(need, candidate, firstNeed));
                firstNeed = false;
                int capacity = candidate.capacityFor(need);
                if (seeker.expectedAttendance() > 0 && capacity > 0) {
                    score += capacity >= seeker.expectedAttendance() ? 5 : -15;
                }
            }
        }
        Set<String> shared = new TreeSet<>(seeker.themes());
        shared.retainAll(candidate.themes());
        if (firstNeed && shared.isEmpty()) {
            return null;
        }
        if (!Double.isNaN(distance)) {
            score += 25 * Math.max(0, 1 - distance / NEAR_KM);
            reasons.add(distancePhrase(seeker, candidate, distance));
        }
        if (!shared.isEmpty()) {
            score += Math.min(16, 8 * shared.size());
            reasons.add(
                    (french ? (shared.size() > 1 ? "thèmes " : "thème ") : (shared.size() > 1 ? "themes " : "theme "))
                            + String.join(", ", shared)
                            + (french ? " en commun" : " shared"));
        }
        long audiences = seeker.audiences().stream()
                .filter(candidate.audiences()::contains)
                .count();
        score += Math.min(9, 3 * audiences);
        if (overlap(seeker, candidate)) {
            score += 8;
            reasons.add(french ? "dates compatibles" : "compatible dates");
        }
        if (seeker.organisationKind() != null && !seeker.organisationKind().equals(candidate.organisationKind())) {
            score += 4;
        }
        return new Scored(
                new Suggestion(candidate.id(), candidate.title(), score, reasons),
                Double.isNaN(distance) ? Double.MAX_VALUE : distance);
    }

    private String offerPhrase(Resource need, Profile candidate, boolean withPlace) {
        int capacity = candidate.capacityFor(need);
        String phrase = need.offered(french);
        if (capacity > 0) {
            phrase += french ? " pour " + capacity + " personnes" : " for " + capacity + " people";
        }
        if (withPlace && candidate.commune() != null) {
            phrase += (french ? " à " : " in ") + candidate.commune();
        }
        return phrase;
    }

    private String distancePhrase(Profile seeker, Profile candidate, double distance) {
        if (Objects.equals(seeker.commune(), candidate.commune()) && seeker.commune() != null) {
            return french ? "dans la même commune" : "in the same commune";
        }
        long km = Math.max(1, Math.round(distance));
        return french ? "à " + km + " km" : km + " km away";
    }

    private static boolean overlap(Profile a, Profile b) {
        if (a.from() == null || b.from() == null) {
            return false;
        }
        return !a.from().isAfter(b.to() == null ? b.from() : b.to())
                && !b.from().isAfter(a.to() == null ? a.from() : a.to());
    }

    /** A suggestion and the distance that breaks ties between equal scores. */
    record Scored(Suggestion suggestion, double distance) {
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(
                        (Scored s) -> -s.suggestion().score())
                .thenComparingDouble(Scored::distance)
                .thenComparingLong(s -> s.suggestion().partnerId());
    }

    /** Profiles by grid cell; those without a place are kept apart and always searched. */
    static final class Grid {

        private final Map<Long, List<Profile>> cells = new HashMap<>();
        private final List<Profile> placeless = new ArrayList<>();

        void add(Profile profile) {
            if (profile.place() == null) {
                placeless.add(profile);
            } else {
                cells.computeIfAbsent(key(row(profile.place()), column(profile.place())), key -> new ArrayList<>())
                        .add(profile);
            }
        }

        /**
         * Profiles in rings of cells around the place, nearest rings first, widening until at least {@code enough} were
         * found or {@code maxRings} rings were searched, and never more than {@code cap}; when the place is unknown,
         * the first {@code cap} profiles.
         */
        List<Profile> near(GeoPoint place, int enough, int maxRings, int cap) {
            List<Profile> found = new ArrayList<>(placeless.subList(0, Math.min(cap, placeless.size())));
            if (place == null) {
                for (List<Profile> cell : cells.values()) {
                    takeUpTo(cell, found, cap);
                }
                return found;
            }
            int row = row(place);
            int column = column(place);
            for (int ring = 0; ring <= maxRings && found.size() < cap; ring++) {
                for (int r = row - ring; r <= row + ring; r++) {
                    for (int c = column - ring; c <= column + ring; c++) {
                        if (Math.abs(r - row) == ring || Math.abs(c - column) == ring) {
                            takeUpTo(cells.getOrDefault(key(r, c), List.of()), found, cap);
                        }
                    }
                }
                if (found.size() >= enough) {
                    break;
                }
            }
            return found;
        }

        private static void takeUpTo(List<Profile> cell, List<Profile> found, int cap) {
            for (int i = 0; i < cell.size() && found.size() < cap; i++) {
                found.add(cell.get(i));
            }
        }

        private static int row(GeoPoint place) {
            return (int) Math.floor(place.latitude() / CELL_DEGREES);
        }

        private static int column(GeoPoint place) {
            return (int) Math.floor(place.longitude() / CELL_DEGREES);
        }

        private static long key(int row, int column) {
            return ((long) row << 32) ^ (column & 0xffffffffL);
        }
    }
}
