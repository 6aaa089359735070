package org.constellation.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A proposal's obligations: in the case's story, each one met, and who gave its evidence; in the holder's export, each
 * with what they gave (a photo by the fact of it: it opens from the tracking page), never who of the team entered it.
 */
@Component
public class ObligationRecords implements ProposalRecords {

    /** An obligation as its holder reads it; {@code enteredByTheTeam} when the team gave the evidence for them. */
    public record Held(
            String label,
            String kind,
            LocalDate dueOn,
            OffsetDateTime metAt,
            String evidenceUrl,
            String evidenceText,
            boolean photoGiven,
            boolean enteredByTheTeam) {}

    public static final HolderParts.Key<List<Held>> OBLIGATIONS = new HolderParts.Key<>("obligations");

    private final Obligations obligations;
    private final StaffNames staff;
    private final MessageSource messages;

    public ObligationRecords(Obligations obligations, StaffNames staff, MessageSource messages) {
        this.obligations = obligations;
        this.staff = staff;
        this.messages = messages;
    }

    /** « Obligation remplie : Article sur Echosciences », and who of the team gave its evidence, if someone did. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return obligations.of(proposal.getId()).stream()
                .filter(ObligationView::isMet)
                .map(obligation -> new Dated(
                        obligation.metAt(),
                        Happening.OBLIGATION,
                        obligation.checkedBy() == null
                                ? messages.getMessage(
                                        "obligation.story", new Object[] {obligation.label()}, Locale.FRENCH)
                                : messages.getMessage(
                                        "obligation.story.checkedBy",
                                        new Object[] {obligation.label(), staff.fullName(obligation.checkedBy())},
                                        Locale.FRENCH)))
                .toList();
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        List<ObligationView> held = obligations.of(proposal.getId());
        if (!held.isEmpty()) {
            parts.put(
                    OBLIGATIONS,
                    held.stream()
                            .map(obligation -> new Held(
                                    obligation.label(),
                                    obligation.kind().name(),
                                    obligation.dueOn(),
                                    obligation.metAt(),
                                    obligation.evidenceUrl(),
                                    obligation.evidenceText(),
                                    obligation.photoGiven(),
                                    obligation.checkedBy() != null))
                            .toList());
        }
    }
}
