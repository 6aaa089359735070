package org.constellation.forum;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships formed at the forum, as coordinators record them: written on both proposals, shown on both tracking
 * pages, and listed as partners on both programme entries.
 */
@Service
public class Partnerships {

    /** A partner of a proposal, as its page and programme entry name it. */
    public record Partner(Long proposalId, String title, String organisation, String description) {}

    private final PartnershipRepository partnerships;
    private final ProposalRepository proposals;
    private final Clock clock;

    public Partnerships(PartnershipRepository partnerships, ProposalRepository proposals, Clock clock) {
        this.partnerships = partnerships;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Transactional
    public Partnership record(Long callId, Long oneId, Long otherId, String description, String recordedBy) {
        if (oneId == null || otherId == null || oneId.equals(otherId)) {
            throw new ForumPlanning.Refused("Choisissez deux propositions différentes.");
        }
        for (Long id : List.of(oneId, otherId)) {
            Proposal proposal = proposals.findById(id).orElse(null);
            if (proposal == null
                    || !proposal.getCall().getId().equals(callId)
                    || proposal.getStatus().isStopped()) {
                throw new ForumPlanning.Refused("Un partenariat réunit deux propositions en cours de cet appel.");
            }
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > ForumPlanning.TEXT_LENGTH) {
            throw new ForumPlanning.Refused("Description : 1000 caractères au plus.");
        }
        return partnerships
                .findByFirstProposalIdAndSecondProposalId(Math.min(oneId, otherId), Math.max(oneId, otherId))
                .orElseGet(() -> partnerships.save(
                        new Partnership(callId, oneId, otherId, text, recordedBy, OffsetDateTime.now(clock))));
    }

    @Transactional(readOnly = true)
    public List<Partner> partnersOf(Long proposalId) {
        return partnerships.findByProposal(proposalId).stream()
                .map(p -> proposals
                        .findById(p.partnerOf(proposalId))
                        .map(partner -> new Partner(
                                partner.getId(),
                                partner.getTitle(),
                                partner.getOrganisation().getName(),
                                p.getDescription())))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Partnership> ofCall(Long callId) {
        return partnerships.findByCallIdOrderById(callId);
    }
}
