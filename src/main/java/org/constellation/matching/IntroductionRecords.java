package org.constellation.matching;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRepository;
import org.springframework.stereotype.Component;

/** The introductions of a proposal to its partners, from either side. */
@Component
public class IntroductionRecords implements ProposalRecords {

    /** A partner the team introduced, by their proposal's title (none once their data is erased), and its word. */
    public record Introduced(String partner, String note, OffsetDateTime introducedAt) {}

    public static final HolderParts.Key<List<Introduced>> INTRODUCTIONS = new HolderParts.Key<>("introductions");

    private final IntroductionRepository introductions;
    private final ProposalRepository proposals;

    public IntroductionRecords(IntroductionRepository introductions, ProposalRepository proposals) {
        this.introductions = introductions;
        this.proposals = proposals;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        Long id = proposal.getId();
        parts.put(
                INTRODUCTIONS,
                introductions.findByProposalIdOrPartnerProposalIdOrderById(id, id).stream()
                        .map(introduction -> new Introduced(
                                proposals
                                        .findById(introduction.partnerOf(id))
                                        .filter(other -> !other.isErased())
                                        .map(Proposal::getTitle)
                                        .orElse(null),
                                introduction.getNote(),
                                introduction.getRecordedAt()))
                        .toList());
    }
}
