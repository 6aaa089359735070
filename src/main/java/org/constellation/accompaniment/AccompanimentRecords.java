package org.constellation.accompaniment;

import java.time.OffsetDateTime;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.springframework.stereotype.Component;

/** The accompaniment plan of a proposal. */
@Component
public class AccompanimentRecords implements ProposalRecords {

    /** The plan as its holder reads it: without the follow-up person's user id, which the plan's mail named. */
    public record Plan(String needs, String actions, OffsetDateTime recordedAt) {}

    public static final HolderParts.Key<Plan> PLAN = new HolderParts.Key<>("accompaniment");

    private final AccompanimentPlanRepository plans;

    public AccompanimentRecords(AccompanimentPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        plans.findByProposalId(proposal.getId())
                .ifPresent(plan -> parts.put(PLAN, new Plan(plan.getNeeds(), plan.getActions(), plan.getRecordedAt())));
    }
}
