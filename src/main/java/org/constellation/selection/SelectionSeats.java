package org.constellation.selection;

import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.constellation.call.Call;
import org.constellation.call.Calls;
import org.constellation.call.JuryCriterion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/**
 * What the Sélection phase of proposal-lifecycle reads from its call and its seats ({@code ${selectionSeats...}}):
 * whether the call has a jury, how many seats, each seat's due dates, the grid's criteria for the score form.
 */
@Component("selectionSeats")
public class SelectionSeats {

    /** After the due date and the expert's reminder, how long before the coordinators take the seat in hand. */
    static final Period ESCALATION_AFTER_DUE = Period.ofDays(7);

    static final ModelKey HOLDER_ORGANISATION = ModelKey.shown("holderOrganisation", String.class);
    static final ModelKey MISSING_EXPERT_NAME = ModelKey.shown("missingExpertName", String.class);

    private final Proposals proposals;
    private final Calls calls;
    private final ExpertAssignments assignments;
    private final StaffNames staff;

    public SelectionSeats(Proposals proposals, Calls calls, ExpertAssignments assignments, StaffNames staff) {
        this.proposals = proposals;
        this.calls = calls;
        this.assignments = assignments;
        this.staff = staff;
    }

    public boolean byJury(DelegateExecution execution) {
        return call(execution).selectsByJury();
    }

    public int count(DelegateExecution execution) {
        return call(execution).getJury().getExpertsPerProposal();
    }

    public String holderOrganisation(DelegateExecution execution) {
        Proposal proposal = proposals.get((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID));
        return proposal.getOrganisation() == null
                ? "—"
                : proposal.getOrganisation().getName();
    }

    public String scale(DelegateExecution execution) {
        return "de 0 à " + call(execution).getJury().getScaleMax();
    }

    /** The grid's criterion at {@code position} (from 1) as the score form shows it, or null past the grid's end. */
    public String criterion(DelegateExecution execution, int position) {
        List<JuryCriterion> criteria = call(execution).getJuryCriteria();
        if (position > criteria.size()) {
            return null;
        }
        JuryCriterion criterion = criteria.get(position - 1);
        return criterion.label() + " (coefficient " + criterion.weight() + ")";
    }

    public Date dueDate(Long assignmentId) {
        return Date.from(due(assignments.get(assignmentId)).toInstant());
    }

    public Date escalationDate(Long assignmentId) {
        return Date.from(due(assignments.get(assignmentId))
                .atZoneSameInstant(ParisTime.ZONE)
                .plus(ESCALATION_AFTER_DUE)
                .toInstant());
    }

    public boolean withdrew(Long assignmentId) {
        return assignments.get(assignmentId).getState() == AssignmentState.WITHDRAWN;
    }

    /** The coordinators gave a seat whose score was missing to another expert. */
    public boolean replaced(Long assignmentId) {
        return assignments.get(assignmentId).getState() == AssignmentState.REPLACED;
    }

    public String expertName(Long assignmentId) {
        return staff.fullName(assignments.get(assignmentId).getExpertId());
    }

    /** The seat's due date: its assignment plus the call's review delay, at the end of that day in Paris. */
    OffsetDateTime due(ExpertAssignment assignment) {
        Call call = calls.get(assignment.getCallId());
        return assignment
                .getAssignedAt()
                .atZoneSameInstant(ParisTime.ZONE)
                .plus(call.getJury().getReviewDelay())
                .toLocalDate()
                .atTime(23, 59)
                .atZone(ParisTime.ZONE)
                .toOffsetDateTime();
    }

    private Call call(DelegateExecution execution) {
        return calls.get((Long) execution.getVariable(ProcessVariables.CALL_ID));
    }
}
