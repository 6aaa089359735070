package org.constellation.obligation;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/** The obligations the holder still owes, for their reminder: each in words with its due day, the earliest first. */
@Component
public class ObligationMailFacts implements ProposalFacts {

    static final String REMINDER = "obligation-reminder";

    /** An obligation owed, as the mail says it: what, and by when, in the holder's language. */
    public record Owed(String label, String due) {}

    private final Obligations obligations;

    public ObligationMailFacts(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public Set<String> names() {
        return Set.of("obligations");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (REMINDER.equals(template)) {
            model.put(
                    "obligations",
                    obligations.of(recipient.getId()).stream()
                            .filter(obligation -> !obligation.isMet())
                            .sorted(Comparator.comparing(ObligationView::dueOn))
                            .map(obligation -> new Owed(
                                    obligation.label(), WrittenDates.day(obligation.dueOn(), recipient.locale())))
                            .toList());
        }
    }
}
