package org.constellation.coordination;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.StepTimes;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's processing figures from its proposals' dated histories: how many reached each step, how long each step took
 * (median and 90th percentile) and whose time that was, the team's open and overdue tasks per person, and the weekly
 * submissions against the deadline.
 */
@Service
class CallAnalytics {

    /** A step of the funnel: how many proposals reached it. */
    record Stage(String key, long count) {}

    /** A step's durations in days, and whose time it is. */
    record StepTime(ProposalStatus step, double medianDays, double p90Days, boolean applicants) {}

    /** One person's open tasks on the call, and how many are late. */
    record Load(String person, long open, long overdue) {}

    /** Submissions of one week (its Monday). */
    record Week(LocalDate monday, long submissions) {}

    record Figures(
            List<Stage> funnel,
            List<Stage> endings,
            List<StepTime> steps,
            double medianTeamDays,
            double medianApplicantDays,
            List<Load> load,
            List<Week> weeks) {}

    /** The funnel's steps, each reached once a proposal has been in one of these statuses. */
    private static final Map<String, Set<ProposalStatus>> FUNNEL = funnel();

    private final ProposalRepository proposals;
    private final TaskService tasks;
    private final Clock clock;

    CallAnalytics(ProposalRepository proposals, TaskService tasks, Clock clock) {
        this.proposals = proposals;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The figures of the cases of these calls together: one call, or every call of a season. */
    @Transactional(readOnly = true)
    Figures of(Collection<Long> callIds) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Proposal> all = proposals.findByCallIdInOrderById(callIds);
        Map<Long, List<StepTimes.Change>> histories =
                all.stream().collect(Collectors.toMap(Proposal::getId, StepTimes::of));

        List<Stage> funnel = new ArrayList<>();
        funnel.add(new Stage("submitted", all.size()));
        FUNNEL.forEach((key, statuses) -> funnel.add(new Stage(
                key,
                histories.values().stream()
                        .filter(history -> history.stream().anyMatch(change -> statuses.contains(change.status())))
                        .count())));
        List<Stage> endings = ProposalStatus.STOPPED.stream()
                .map(status -> new Stage(
                        status.name(),
                        all.stream().filter(p -> p.getStatus() == status).count()))
                .toList();

        List<StepTime> steps = new ArrayList<>();
        StepTimes.percentiles(histories.values(), now)
                .forEach((step, durations) -> steps.add(new StepTime(
                        step, days(durations[0]), days(durations[1]), StepTimes.APPLICANT_STEPS.contains(step))));
        List<StepTimes.Split> splits =
                histories.values().stream().map(h -> StepTimes.split(h, now)).toList();

        return new Figures(
                funnel,
                endings,
                steps,
                median(splits, StepTimes.Split::team),
                median(splits, StepTimes.Split::applicant),
                load(callIds, now),
                weeks(all));
    }

    private List<Load> load(Collection<Long> callIds, OffsetDateTime now) {
        List<Task> open = callIds.stream()
                .flatMap(callId -> tasks
                        .createTaskQuery()
                        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                        .processVariableValueEquals(ProcessVariables.CALL_ID, callId)
                        .list()
                        .stream())
                .toList();
        Map<String, List<Task>> byPerson = open.stream()
                .collect(Collectors.groupingBy(
                        task -> task.getAssignee() == null ? "" : task.getAssignee(),
                        TreeMap::new,
                        Collectors.toList()));
        return byPerson.entrySet().stream()
                .map(e -> new Load(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .filter(task -> task.getDueDate() != null
                                        && task.getDueDate().toInstant().isBefore(now.toInstant()))
                                .count()))
                .toList();
    }

    private static List<Week> weeks(List<Proposal> all) {
        Map<LocalDate, Long> byWeek = all.stream()
                .collect(Collectors.groupingBy(
                        p -> p.getCreatedAt()
                                .atZoneSameInstant(ParisTime.ZONE)
                                .toLocalDate()
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        TreeMap::new,
                        Collectors.counting()));
        return byWeek.entrySet().stream()
                .map(e -> new Week(e.getKey(), e.getValue()))
                .toList();
    }

    private static double median(Collection<StepTimes.Split> splits, Function<StepTimes.Split, Duration> part) {
        List<Duration> sorted = splits.stream().map(part).sorted().toList();
        return sorted.isEmpty() ? 0 : days(sorted.get((sorted.size() - 1) / 2));
    }

    private static double days(Duration duration) {
        return Math.round(duration.toMinutes() / 144.0) / 10.0;
    }

    private static Map<String, Set<ProposalStatus>> funnel() {
        Map<String, Set<ProposalStatus>> funnel = new LinkedHashMap<>();
        funnel.put("eligible", EnumSet.of(ProposalStatus.ACCOMPANIMENT));
        funnel.put("accompanied", EnumSet.of(ProposalStatus.MATCHING));
        funnel.put("introduced", EnumSet.of(ProposalStatus.AWAITING_FORUM));
        funnel.put("forum", EnumSet.of(ProposalStatus.PROGRAMME_ENTRY));
        funnel.put("programme", EnumSet.of(ProposalStatus.PUBLISHED));
        return funnel;
    }
}
