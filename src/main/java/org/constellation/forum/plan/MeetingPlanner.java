package org.constellation.forum.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the forum's plan of one-to-one meetings: slots × tables, nobody in two meetings at once, each pair once. Pairs
 * that asked for each other come first, then one-sided requests, each group by weight (how well matched).
 *
 * <p>Placing meetings is colouring the edges of the request graph with slots, at most {@code tables} edges per colour.
 * The planner places the most constrained pairs first (those whose people asked for the most meetings), each in the
 * earliest slot where both are free and a table is left. When no slot suits both, it tries once to move the meeting
 * that blocks one of them to another slot that suits its own pair (a Kempe-style repair), which recovers most of what a
 * greedy pass leaves out.
 */
public final class MeetingPlanner {

    /**
     * A request to meet: {@code mutual} when both asked; {@code weight} orders requests of equal kind, higher first.
     */
    public record Request(long first, long second, boolean mutual, double weight) {

        public Request {
            if (first == second) {
                throw new IllegalArgumentException("Nobody meets themselves");
            }
        }

        Pair pair() {
            return new Pair(Math.min(first, second), Math.max(first, second));
        }
    }

    /** A placed meeting, slots and tables counted from 0. */
    public record Meeting(long first, long second, int slot, int table) {}

    /** The plan, and the requests that could not be placed. */
    public record Plan(List<Meeting> meetings, List<Request> unplaced) {

        /** A participant's meetings in slot order: their personal schedule. */
        public List<Meeting> scheduleOf(long participant) {
            return meetings.stream()
                    .filter(m -> m.first() == participant || m.second() == participant)
                    .sorted(Comparator.comparingInt(Meeting::slot))
                    .toList();
        }
    }

    record Pair(long low, long high) {}

    private final int slots;
    private final int tables;

    public MeetingPlanner(int slots, int tables) {
        if (slots < 1 || tables < 1) {
            throw new IllegalArgumentException("A forum needs at least one slot and one table");
        }
        this.slots = slots;
        this.tables = tables;
    }

    public Plan plan(List<Request> requests) {
        Map<Pair, Request> unique = new LinkedHashMap<>();
        for (Request request : requests) {
            unique.merge(request.pair(), request, (kept, other) -> kept.mutual() || !other.mutual() ? kept : other);
        }
        Map<Long, Integer> degree = new HashMap<>();
        for (Pair pair : unique.keySet()) {
            degree.merge(pair.low(), 1, Integer::sum);
            degree.merge(pair.high(), 1, Integer::sum);
        }
        List<Request> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparing((Request r) -> !r.mutual())
                .thenComparing(r -> -Math.max(degree.get(r.first()), degree.get(r.second())))
                .thenComparing(r -> -r.weight())
                .thenComparingLong(r -> r.pair().low())
                .thenComparingLong(r -> r.pair().high()));

        Board board = new Board(slots, tables);
        List<Request> unplaced = new ArrayList<>();
        for (Request request : ordered) {
            if (!board.place(request.pair()) && !board.placeByMovingABlocker(request.pair())) {
                unplaced.add(request);
            }
        }
        return new Plan(board.meetings(), unplaced);
    }

    /** Who is busy in which slot, and which pair sits there. */
    private static final class Board {

        private final int tables;
        private final List<Map<Long, Pair>> busy = new ArrayList<>();
        private final List<List<Pair>> bySlot = new ArrayList<>();

        Board(int slots, int tables) {
            this.tables = tables;
            for (int slot = 0; slot < slots; slot++) {
                busy.add(new HashMap<>());
                bySlot.add(new ArrayList<>());
            }
        }

        boolean place(Pair pair) {
            for (int slot = 0; slot < busy.size(); slot++) {
                if (fits(pair, slot)) {
                    put(pair, slot);
                    return true;
                }
            }
            return false;
        }

        /**
         * Frees a slot for the pair by moving one meeting elsewhere: the meeting that keeps one of the two busy, or, in
         * a slot where both are free but every table is taken, any meeting of that slot.
         */
        boolean placeByMovingABlocker(Pair pair) {
            for (int slot = 0; slot < busy.size(); slot++) {
                Pair ofLow = busy.get(slot).get(pair.low());
                Pair ofHigh = busy.get(slot).get(pair.high());
                if (ofLow != null && ofHigh != null) {
                    continue;
                }
                List<Pair> movable = ofLow != null
                        ? List.of(ofLow)
                        : ofHigh != null ? List.of(ofHigh) : List.copyOf(bySlot.get(slot));
                for (Pair blocker : movable) {
                    for (int other = 0; other < busy.size(); other++) {
                        if (other != slot && fits(blocker, other)) {
                            remove(blocker, slot);
                            put(blocker, other);
                            put(pair, slot);
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean fits(Pair pair, int slot) {
            Map<Long, Pair> people = busy.get(slot);
            return bySlot.get(slot).size() < tables
                    && !people.containsKey(pair.low())
                    && !people.containsKey(pair.high());
        }

        private void put(Pair pair, int slot) {
            busy.get(slot).put(pair.low(), pair);
            busy.get(slot).put(pair.high(), pair);
            bySlot.get(slot).add(pair);
        }

        private void remove(Pair pair, int slot) {
            busy.get(slot).remove(pair.low());
            busy.get(slot).remove(pair.high());
            bySlot.get(slot).remove(pair);
        }

        List<Meeting> meetings() {
            List<Meeting> meetings = new ArrayList<>();
            for (int slot = 0; slot < bySlot.size(); slot++) {
                List<Pair> pairs = bySlot.get(slot);
                for (int table = 0; table < pairs.size(); table++) {
                    meetings.add(
                            new Meeting(pairs.get(table).low(), pairs.get(table).high(), slot, table));
                }
            }
            return meetings;
        }
    }
}
