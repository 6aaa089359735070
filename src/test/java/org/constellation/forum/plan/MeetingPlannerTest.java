package org.constellation.forum.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingPlannerTest {

    static final int SLOTS = 12;
    static final int TABLES = 40;

    /**
     * 200 registrants; each asks for up to eight others, and about half of those ask back. Mutual requests that fit in
     * the time are those of people who have no more mutual requests than there are slots, and no more of them than
     * slots × tables in all: the generator keeps every person under the slot count.
     */
    @Test
    void twoHundredRegistrantsNobodyBookedTwiceWithinSlotsAndTablesAndNinetyPercentOfMutualRequestsPlaced() {
        Random random = new Random(200);
        Map<Long, Set<Long>> wants = new HashMap<>();
        for (long person = 0; person < 200; person++) {
            Set<Long> wished = new HashSet<>();
            while (wished.size() < 3 + random.nextInt(6)) {
                long other = random.nextInt(200);
                if (other != person) {
                    wished.add(other);
                }
            }
            wants.put(person, wished);
        }
        // Half the time, the one asked asks back: that makes mutual requests.
        for (long person = 0; person < 200; person++) {
            for (long other : List.copyOf(wants.get(person))) {
                if (random.nextBoolean() && wants.get(other).size() < SLOTS - 1) {
                    wants.get(other).add(person);
                }
            }
        }
        List<MeetingPlanner.Request> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int mutual = 0;
        for (long person = 0; person < 200; person++) {
            for (long other : wants.get(person)) {
                boolean both = wants.get(other).contains(person);
                if (seen.add(Math.min(person, other) + "-" + Math.max(person, other))) {
                    requests.add(new MeetingPlanner.Request(person, other, both, random.nextDouble()));
                    mutual += both ? 1 : 0;
                }
            }
        }
        Map<Long, Integer> mutualDegree = new HashMap<>();
        requests.stream().filter(MeetingPlanner.Request::mutual).forEach(r -> {
            mutualDegree.merge(r.first(), 1, Integer::sum);
            mutualDegree.merge(r.second(), 1, Integer::sum);
        });
        assertThat(mutualDegree.values())
                .as("every mutual request fits in the time")
                .allMatch(d -> d <= SLOTS);
        assertThat(mutual).as("enough mutual requests to be a real test").isGreaterThan(150);

        MeetingPlanner.Plan plan = new MeetingPlanner(SLOTS, TABLES).plan(requests);

        Set<String> booked = new HashSet<>();
        Map<Integer, Set<Integer>> tablesUsed = new HashMap<>();
        for (MeetingPlanner.Meeting meeting : plan.meetings()) {
            assertThat(meeting.slot()).isBetween(0, SLOTS - 1);
            assertThat(meeting.table()).isBetween(0, TABLES - 1);
            assertThat(booked.add(meeting.first() + "@" + meeting.slot()))
                    .as("nobody twice in a slot")
                    .isTrue();
            assertThat(booked.add(meeting.second() + "@" + meeting.slot()))
                    .as("nobody twice in a slot")
                    .isTrue();
            assertThat(tablesUsed
                            .computeIfAbsent(meeting.slot(), s -> new HashSet<>())
                            .add(meeting.table()))
                    .as("one meeting per table")
                    .isTrue();
        }
        long mutualPlaced = mutual
                - plan.unplaced().stream()
                        .filter(MeetingPlanner.Request::mutual)
                        .count();
        assertThat((double) mutualPlaced / mutual).as("mutual requests placed").isGreaterThanOrEqualTo(0.9);
        assertThat(plan.meetings()).hasSize(requests.size() - plan.unplaced().size());
        assertThat(plan.scheduleOf(0)).extracting(MeetingPlanner.Meeting::slot).isSorted();
    }

    @Test
    void aPairIsPlacedOnceAndMutualRequestsGoFirstWhenTimeIsShort() {
        MeetingPlanner.Plan plan = new MeetingPlanner(1, 1)
                .plan(List.of(
                        new MeetingPlanner.Request(1, 2, false, 0.9),
                        new MeetingPlanner.Request(3, 4, true, 0.1),
                        new MeetingPlanner.Request(4, 3, true, 0.1)));
        assertThat(plan.meetings()).containsExactly(new MeetingPlanner.Meeting(3, 4, 0, 0));
        assertThat(plan.unplaced()).extracting(MeetingPlanner.Request::first).containsExactly(1L);
    }

    @Test
    void aBlockingMeetingIsMovedToMakeRoom() {
        // In this order, the earliest-slot pass puts 1-10 and 2-9 in slot 0, then 20-2 in slot 1; 10-20 then finds 10
        // busy in slot 0 and 20 busy in slot 1. Moving 1-10 to slot 1 frees slot 0 for it.
        List<MeetingPlanner.Request> requests = List.of(
                new MeetingPlanner.Request(1, 10, true, 4),
                new MeetingPlanner.Request(2, 9, true, 3),
                new MeetingPlanner.Request(20, 2, true, 2),
                new MeetingPlanner.Request(10, 20, true, 1));
        MeetingPlanner.Plan plan = new MeetingPlanner(2, 5).plan(requests);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.meetings())
                .contains(new MeetingPlanner.Meeting(10, 20, 0, 1))
                .anySatisfy(m -> assertThat(m).isEqualTo(new MeetingPlanner.Meeting(1, 10, 1, 1)));
        assertThatThrownBy(() -> new MeetingPlanner(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
