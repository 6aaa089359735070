package org.constellation.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Moves the timers that wait on a date when that date changes, through the engine's own recalculation: it evaluates the
 * timer's expression again (${callSchedule.deadline(callId)}) as it did when the timer was created, so the BPMN stays
 * the one place that says what a timer waits for. A date already passed makes the timer due at once.
 */
@Component
public class WaitingTimers {

    /** A timer moved: which event, from when to when. */
    public record Moved(String activityId, String processInstanceId, Date from, Date to) {}

    private final ManagementService management;

    public WaitingTimers(ManagementService management) {
        this.management = management;
    }

    /**
     * Recalculates the timers of {@code activityIds} waiting in {@code processInstanceIds}. A duration counts from when
     * the timer started when {@code fromStart} (a delay changed for cases already waiting), from now otherwise.
     */
    public List<Moved> recalculate(
            Collection<String> processInstanceIds, Collection<String> activityIds, boolean fromStart) {
        List<Moved> moved = new ArrayList<>();
        if (processInstanceIds.isEmpty()) {
            return moved;
        }
        Set<String> instances = Set.copyOf(processInstanceIds);
        for (String activityId : activityIds) {
            // By activity, then by instance in memory: only cases waiting there have such a timer, however many the
            // call has.
            for (Job job :
                    management.createJobQuery().timers().activityId(activityId).list()) {
                if (!instances.contains(job.getProcessInstanceId())) {
                    continue;
                }
                management.recalculateJobDuedate(job.getId(), fromStart);
                Job now = management.createJobQuery().jobId(job.getId()).singleResult();
                if (now != null && !now.getDuedate().equals(job.getDuedate())) {
                    moved.add(new Moved(activityId, job.getProcessInstanceId(), job.getDuedate(), now.getDuedate()));
                }
            }
        }
        return moved;
    }
}
