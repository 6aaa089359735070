package org.constellation.accompaniment;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/** The accompaniment plan for the mails, with its follow-up person's name. */
@Component
public class AccompanimentMailFacts implements ProposalFacts {

    private final AccompanimentPlanRepository plans;
    private final StaffNames staff;

    public AccompanimentMailFacts(AccompanimentPlanRepository plans, StaffNames staff) {
        this.plans = plans;
        this.staff = staff;
    }

    @Override
    public Set<String> names() {
        return Set.of("plan", "followUpName");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        plans.findByProposalId(recipient.getId()).ifPresent(plan -> {
            model.put("plan", plan);
            model.put("followUpName", staff.fullName(plan.getFollowUpPerson()));
        });
    }
}
