package org.constellation.selection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.constellation.call.ContestText;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PdfDocuments;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.stereotype.Component;

/**
 * The holder's notice of the committee's decision (« notification de décision »), a PDF in their language: the
 * decision, its motivation, their score if the call publishes scores, and how to contest it. Attached to the decision's
 * mail and downloadable from the tracking page, built from what is recorded each time.
 */
@Component
public class DecisionNotices {

    public static final String FILE_NAME = "notification-de-decision.pdf";

    private final Committee committee;
    private final PdfDocuments pdf;
    private final ContestText contestText;

    public DecisionNotices(Committee committee, PdfDocuments pdf, ContestText contestText) {
        this.committee = committee;
        this.pdf = pdf;
        this.contestText = contestText;
    }

    /** The model a notice and its mail share: the decision, its date, the score if published, how to contest. */
    Optional<Map<String, Object>> model(Proposal proposal) {
        return committee.decisionOf(proposal.getId()).map(decision -> {
            Map<String, Object> model = new HashMap<>();
            model.put("proposal", proposal);
            model.put("call", proposal.getCall());
            model.put("selection", decision);
            model.put(
                    "selectionDate",
                    WrittenDates.day(
                            decision.getDecidedAt()
                                    .atZoneSameInstant(ParisTime.ZONE)
                                    .toLocalDate(),
                            proposal.locale()));
            if (proposal.getCall().getJury().publishesScores() && decision.getScore() != null) {
                model.put(
                        "selectionScore",
                        WrittenNumbers.decimal(decision.getScore().doubleValue(), proposal.locale()) + " / "
                                + proposal.getCall().getJury().getScaleMax());
            }
            model.put("contestText", contestText.of(proposal.getCall(), proposal.locale()));
            return model;
        });
    }

    /** The decision that holds for the proposal now, if the committee decided. */
    public Optional<CommitteeDecision> decisionOf(Proposal proposal) {
        return committee.decisionOf(proposal.getId());
    }

    public Optional<byte[]> notice(Proposal proposal) {
        return model(proposal).map(model -> pdf.render("decision-notice", model, proposal.locale()));
    }
}
