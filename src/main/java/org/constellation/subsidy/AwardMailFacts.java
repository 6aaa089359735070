package org.constellation.subsidy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constellation.call.Funding;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.springframework.stereotype.Component;

/**
 * The funding decision for its mails (issue 32, part 3): the award's amount in the holder's words, what was asked and
 * why less, its conditions, its reference and what comes next (the agreement when one is needed, the advance's share);
 * or why it was refused, in the coordinator's words.
 */
@Component
public class AwardMailFacts implements ProposalFacts {

    static final String AWARD = "funding-award";
    static final String REFUSED = "funding-refused";

    /**
     * An award as its mail tells it, amounts written in the holder's language; {@code reason} only when less than
     * asked; {@code advance} the amount paid in advance, null when the call pays none.
     */
    public record Told(
            String amount,
            String asked,
            String reason,
            String conditions,
            String reference,
            boolean agreement,
            int advanceShare,
            String advance) {}

    private final Awards awards;

    public AwardMailFacts(Awards awards) {
        this.awards = awards;
    }

    @Override
    public Set<String> names() {
        return Set.of("award", "fundingRefusal");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (AWARD.equals(template)) {
            awards.awardOf(recipient.getId())
                    .ifPresent(award ->
                            model.put("award", told(award, recipient.getCall().getFunding(), recipient.locale())));
        } else if (REFUSED.equals(template)) {
            AwardRefusal refusal = awards.decisionOf(recipient.getId()).refusal();
            if (refusal != null) {
                model.put("fundingRefusal", refusal.getReason());
            }
        }
    }

    private static Told told(Award award, Funding funding, Locale locale) {
        int share = funding.getAdvanceShare();
        return new Told(
                Amounts.written(award.getAmount(), locale),
                Amounts.written(award.getAsked(), locale),
                award.isLessThanAsked() ? award.getReason() : null,
                award.getConditions(),
                award.getReference(),
                award.needsAgreement(funding.getAgreementThreshold(), funding.requiresAgreementAlways()),
                share,
                share > 0 ? Amounts.written(award.advance(share), locale) : null);
    }
}
