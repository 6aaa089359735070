package org.constellation.programme;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * The holder's programme entry for the mails, and the event as an attachment: on publication to import it, on
 * withdrawal its cancellation, for a calendar that imported it.
 */
@Component
public class ProgrammeMailFacts implements ProposalFacts {

    static final String PUBLISHED = "published";
    static final String WITHDRAWN = "withdrawn";

    private final ProgrammeEntryRepository entries;
    private final ProgrammeEntries programmeEntries;
    private final SeasonCalendar calendar;

    public ProgrammeMailFacts(
            ProgrammeEntryRepository entries, ProgrammeEntries programmeEntries, SeasonCalendar calendar) {
        this.entries = entries;
        this.programmeEntries = programmeEntries;
        this.calendar = calendar;
    }

    @Override
    public Set<String> names() {
        return Set.of("entry", "entryStart", "entryEnd");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        entries.findByProposalId(recipient.getId()).ifPresent(entry -> {
            model.put("entry", entry);
            model.put("entryStart", WrittenDates.shortMoment(entry.getStartsAt()));
            model.put("entryEnd", WrittenDates.shortMoment(entry.getEndsAt()));
        });
    }

    @Override
    public String attachment(String template, Proposal recipient) {
        ProgrammeEntry entry = entries.findByProposalId(recipient.getId()).orElse(null);
        boolean withCalendar = PUBLISHED.equals(template) && entry != null
                || WITHDRAWN.equals(template) && entry != null && entry.getPublishedAt() != null;
        return withCalendar
                ? calendar.attachment(recipient.getCall().getSeason(), programmeEntries.current(recipient.getId()))
                : null;
    }
}
