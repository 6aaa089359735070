package org.constellation.proposal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long a proposal spent in each step, from its dated status history, and whose time it was: waiting for the
 * applicant (an answer to a request for information) is not the team's delay, unlike Démarches Simplifiées, which
 * counts it against the team. A step still running counts up to {@code now}; an ended case counts no more.
 */
public final class StepTimes {

    /** One change of status, as {@code proposal_status_change} holds it. */
    public record Change(ProposalStatus status, OffsetDateTime at) {}

    /** A proposal's whole time, split. */
    public record Split(Duration team, Duration applicant) {}

    /** Steps in which the applicant owes the next move. */
    public static final Set<ProposalStatus> APPLICANT_STEPS = EnumSet.of(ProposalStatus.INFORMATION_REQUESTED);

    private StepTimes() {}

    /** A proposal's history as these rules read it. */
    public static List<Change> of(Proposal proposal) {
        return proposal.getStatusChanges().stream()
                .map(c -> new Change(c.getStatus(), c.getChangedAt()))
                .toList();
    }

    /** Each stay in a step, in order, with its length; a step entered twice counts twice. */
    public static List<Map.Entry<ProposalStatus, Duration>> stays(List<Change> history, OffsetDateTime now) {
        List<Map.Entry<ProposalStatus, Duration>> stays = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Change change = history.get(i);
            if (change.status().hasEnded()) {
                continue;
            }
            OffsetDateTime end = i + 1 < history.size() ? history.get(i + 1).at() : now;
            stays.add(Map.entry(change.status(), Duration.between(change.at(), end)));
        }
        return stays;
    }

    public static Split split(List<Change> history, OffsetDateTime now) {
        Duration team = Duration.ZERO;
        Duration applicant = Duration.ZERO;
        for (Map.Entry<ProposalStatus, Duration> stay : stays(history, now)) {
            if (APPLICANT_STEPS.contains(stay.getKey())) {
                applicant = applicant.plus(stay.getValue());
            } else {
                team = team.plus(stay.getValue());
            }
        }
        return new Split(team, applicant);
    }

    /** Whether the team has decided on the proposal's eligibility: found eligible (and gone on) or ineligible. */
    public static boolean decided(List<Change> history) {
        return history.stream()
                .anyMatch(c -> c.status().hasPassedEligibility() || c.status() == ProposalStatus.INELIGIBLE);
    }

    /** The median and 90th percentile of each step's stays over many proposals (nearest rank). */
    public static Map<ProposalStatus, Duration[]> percentiles(Collection<List<Change>> histories, OffsetDateTime now) {
        Map<ProposalStatus, List<Duration>> byStep = new EnumMap<>(ProposalStatus.class);
        histories.forEach(history -> stays(history, now)
                .forEach(stay -> byStep.computeIfAbsent(stay.getKey(), step -> new ArrayList<>())
                        .add(stay.getValue())));
        Map<ProposalStatus, Duration[]> result = new EnumMap<>(ProposalStatus.class);
        byStep.forEach((step, durations) -> {
            durations.sort(Duration::compareTo);
            result.put(step, new Duration[] {rank(durations, 50), rank(durations, 90)});
        });
        return result;
    }

    private static Duration rank(List<Duration> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
