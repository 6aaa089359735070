package org.constellation.forum;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/** The holder's one-to-one meetings at the forum, for the schedule mail. */
@Component
public class ForumMailFacts implements ProposalFacts {

    static final String SCHEDULE_TEMPLATE = "forum-schedule";

    private final ForumPlanning planning;

    public ForumMailFacts(ForumPlanning planning) {
        this.planning = planning;
    }

    @Override
    public Set<String> names() {
        return Set.of("schedule");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (SCHEDULE_TEMPLATE.equals(template)) {
            model.put(
                    "schedule",
                    planning.scheduleOf(recipient).stream()
                            .map(m -> Map.of(
                                    "time",
                                    WrittenDates.shortMoment(m.startsAt()),
                                    "table",
                                    m.table(),
                                    "partner",
                                    m.partnerTitle() + " (" + m.partnerOrganisation() + ")"))
                            .toList());
        }
    }
}
