package org.constellation.matching;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.springframework.stereotype.Component;

/** The introduction between the holder and the partner a mail presents. */
@Component
public class MatchingMailFacts implements ProposalFacts {

    private final IntroductionRepository introductions;

    public MatchingMailFacts(IntroductionRepository introductions) {
        this.introductions = introductions;
    }

    @Override
    public Set<String> names() {
        return Set.of("introduction");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (partner != null) {
            introductions
                    .findBetween(recipient.getId(), partner.getId())
                    .ifPresent(introduction -> model.put("introduction", introduction));
        }
    }
}
