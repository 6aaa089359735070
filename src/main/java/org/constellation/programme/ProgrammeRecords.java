package org.constellation.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The programme entry of a proposal, published or not. */
@Component
public class ProgrammeRecords implements ProposalRecords {

    /** The entry as its holder reads it: what it says, where it stands, when and where it takes place, with whom. */
    public record Entry(
            String title,
            String shortDescription,
            String description,
            String status,
            OffsetDateTime publishedAt,
            List<Timing> timings,
            String place,
            String streetAddress,
            String commune,
            List<String> registration,
            String organiser,
            List<String> partners) {}

    public static final HolderParts.Key<Entry> ENTRY = new HolderParts.Key<>("programmeEntry");

    private final ProgrammeEntryRepository entries;
    private final MessageSource messages;

    public ProgrammeRecords(ProgrammeEntryRepository entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    /** The proposal's entry, published or not. */
    public Optional<ProgrammeEntry> entryOf(Long proposalId) {
        return entries.findByProposalId(proposalId);
    }

    /** The entry once published, with where it stands now. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return entries
                .findByProposalId(proposal.getId())
                .filter(entry -> entry.getPublishedAt() != null)
                .map(entry -> new Dated(
                        entry.getPublishedAt(),
                        Happening.PROGRAMME,
                        entry.getTitle() + " — " + words("programme.status." + entry.getStatus())))
                .stream()
                .toList();
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
                                entry.getStatus().name(),
                                entry.getPublishedAt(),
                                entry.getTimings(),
                                entry.getPlace(),
                                entry.getStreetAddress(),
                                entry.getCommune(),
                                entry.getRegistration(),
                                entry.getOrganiser(),
                                entry.getPartners())));
    }

    /** The key's French words, or the key should a message be missing, as the case page's other words. */
    private String words(String key) {
        return messages.getMessage(key, null, key, Locale.FRENCH);
    }
}
