package org.constellation.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/** The introductions of a proposal to its partners, from either side. */
@Component
public class IntroductionRecords implements ProposalRecords {

    /** A partner the team introduced, by their proposal's title (none once their data is erased), and its word. */
    public record Introduced(String partner, String note, OffsetDateTime introducedAt) {}

    /** A partner introduced to the holder: who, how to reach them (both holders agreed to it), and the team's word. */
    public record Partner(
            String title,
            String organisation,
            String contactName,
            String contactEmail,
            String note,
            OffsetDateTime introducedAt) {}

    public static final HolderParts.Key<List<Introduced>> INTRODUCTIONS = new HolderParts.Key<>("introductions");

    private final IntroductionRepository introductions;
    private final ProposalRepository proposals;
    private final StaffNames staff;

    public IntroductionRecords(IntroductionRepository introductions, ProposalRepository proposals, StaffNames staff) {
        this.introductions = introductions;
        this.proposals = proposals;
        this.staff = staff;
    }

    /** Who introduced whom, by the partner's title. */
    @Override
    public List<Dated> story(Proposal proposal) {
        Long id = proposal.getId();
        List<Introduction> introduced = introductions.findByProposalIdOrPartnerProposalIdOrderById(id, id);
        Map<String, String> names = staff.fullNames(
                introduced.stream().map(Introduction::getRecordedBy).toList());
        return introduced.stream()
                .map(introduction -> new Dated(
                        introduction.getRecordedAt(),
                        Happening.INTRODUCTION,
                        names.get(introduction.getRecordedBy()) + " : "
                                + proposals
                                        .findById(introduction.partnerOf(id))
                                        .map(p -> "mise en relation avec « " + p.getTitle() + " »")
                                        .orElse("?")))
                .toList();
    }

    /** The partners introduced to the proposal, from either side, as the introduction mail named them. */
    public List<Partner> partnersOf(Proposal proposal) {
        return introductions.findByProposalIdOrPartnerProposalIdOrderById(proposal.getId(), proposal.getId()).stream()
                // An erased partner is no longer anyone to contact.
                .map(introduction -> proposals
                        .findById(introduction.partnerOf(proposal.getId()))
                        .filter(partner -> !partner.isErased())
                        .map(partner -> new Partner(
                                partner.getTitle(),
                                partner.getOrganisation().getName(),
                                partner.getContactName(),
                                partner.getContactEmail(),
                                introduction.getNote(),
                                introduction.getRecordedAt())))
                .flatMap(Optional::stream)
                .toList();
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
