package org.constellation.selection;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.springframework.stereotype.Component;

/** The committee's decision for the mails, and its notice attached as a PDF. */
@Component
public class SelectionMailFacts implements ProposalFacts {

    static final String DECISION_MAIL = "selection-decision";
    static final String MOVED_UP_MAIL = "selection-moved-up";

    private final DecisionNotices notices;

    public SelectionMailFacts(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public Set<String> names() {
        return Set.of("selection", "selectionDate", "selectionScore");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        notices.model(recipient)
                .ifPresent(notice -> names().stream()
                        .filter(notice::containsKey)
                        .forEach(name -> model.put(name, notice.get(name))));
    }

    @Override
    public Document document(String template, Proposal recipient) {
        if (!DECISION_MAIL.equals(template) && !MOVED_UP_MAIL.equals(template)) {
            return null;
        }
        return notices.notice(recipient)
                .map(pdf -> new Document(DecisionNotices.FILE_NAME, "application/pdf", pdf))
                .orElse(null);
    }
}
