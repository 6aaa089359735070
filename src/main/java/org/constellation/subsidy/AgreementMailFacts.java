package org.constellation.subsidy;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.springframework.stereotype.Component;

/**
 * The agreement for its mails (issue 32): its terms, as they are and as the holder reads them, and its text attached as
 * a PDF. The mail that first carries it records it as sent. The single-use link to accept it is the composer's, as
 * every action link.
 */
@Component
public class AgreementMailFacts implements ProposalFacts {

    static final String AGREEMENT_MAIL = "funding-agreement";
    static final String REMINDER_MAIL = "funding-agreement-reminder";

    private final Agreements agreements;
    private final AgreementDocuments documents;

    public AgreementMailFacts(Agreements agreements, AgreementDocuments documents) {
        this.agreements = agreements;
        this.documents = documents;
    }

    @Override
    public Set<String> names() {
        return Set.of("agreement", "agreementTerms");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (carriesTheAgreement(template)) {
            documents.terms(recipient).ifPresent(terms -> {
                model.put("agreement", terms.written(recipient.locale()));
                model.put("agreementTerms", terms);
            });
        }
    }

    @Override
    public Document document(String template, Proposal recipient) {
        if (!carriesTheAgreement(template)) {
            return null;
        }
        AgreementView state = agreements.sent(recipient.getId());
        return documents
                .render(recipient, state)
                .map(pdf -> new Document(AgreementDocuments.FILE_NAME, "application/pdf", pdf))
                .orElse(null);
    }

    private static boolean carriesTheAgreement(String template) {
        return AGREEMENT_MAIL.equals(template) || REMINDER_MAIL.equals(template);
    }
}
