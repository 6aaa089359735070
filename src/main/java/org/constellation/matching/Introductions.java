package org.constellation.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner candidates and recorded introductions; the BPMN iterates over
 * {@code ${introductions.partnerIdsOf(proposalId)}}.
 */
@Component("introductions")
public class Introductions {

    private final IntroductionRepository introductions;
    private final ProposalRepository proposals;
    private final Clock clock;

    public Introductions(IntroductionRepository introductions, ProposalRepository proposals, Clock clock) {
        this.introductions = introductions;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * Other proposals of the same call found eligible and still alive: the partners a reviewer may introduce.
     * Introductions pass each side's contact to the other, so both holders must have agreed to them: none otherwise.
     */
    @Transactional(readOnly = true)
    public List<Proposal> candidatesFor(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (!proposal.isIntroductionConsent()) {
            return List.of();
        }
        return proposals.findByCallIdAndIdNotOrderByTitle(proposal.getCall().getId(), proposalId).stream()
                .filter(candidate -> candidate.getStatus().hasPassedEligibility() && candidate.isIntroductionConsent())
                .toList();
    }

    @Transactional
    public void record(Long proposalId, List<Long> partnerIds, String note, String recordedBy) {
        for (Long partnerId : partnerIds) {
            if (introductions.findBetween(proposalId, partnerId).isEmpty()) {
                introductions.save(
                        new Introduction(proposalId, partnerId, note, recordedBy, OffsetDateTime.now(clock)));
            }
        }
    }

    public List<Long> partnerIdsOf(Long proposalId) {
        return introductions.findByProposalIdOrderById(proposalId).stream()
                .map(Introduction::getPartnerProposalId)
                .toList();
    }
}
