package org.constellation.programme;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.springframework.stereotype.Component;

/** The programme entry of a proposal, published or not. */
@Component
public class ProgrammeRecords implements ProposalRecords {

    /** The entry as its holder reads it. */
    public record Entry(
            String title,
            String shortDescription,
            String description,
            List<Timing> timings,
            String place,
            String streetAddress,
            String commune,
            List<String> registration,
            String organiser,
            List<String> partners,
            String status,
            OffsetDateTime publishedAt) {}

    public static final HolderParts.Key<Entry> ENTRY = new HolderParts.Key<>("programmeEntry");

    private final ProgrammeEntryRepository entries;

    public ProgrammeRecords(ProgrammeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        entries.findByProposalId(proposal.getId())
                .ifPresent(entry -> parts.put(
                        ENTRY,
                        new Entry(
                                entry.getTitle(),
                                entry.getShortDescription(),
                                entry.getDescription(),
                                entry.getTimings(),
                                entry.getPlace(),
                                entry.getStreetAddress(),
                                entry.getCommune(),
                                entry.getRegistration(),
                                entry.getOrganiser(),
                                entry.getPartners(),
                                entry.getStatus().name(),
                                entry.getPublishedAt())));
    }
}
