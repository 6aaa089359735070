package org.constellation.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.constellation.call.CallObligation;

/**
 * An obligation of a proposal as pages, mails and the holder's export read it, without its photo's bytes: what it asks,
 * when it is due, and the evidence given, if any ({@code photoGiven} when a photo was, which opens on its own address).
 *
 * @param checkedBy the team member who gave the evidence for the holder; null when the holder did
 */
public record ObligationView(
        Long id,
        Long proposalId,
        int position,
        String label,
        CallObligation.Kind kind,
        LocalDate dueOn,
        OffsetDateTime metAt,
        String evidenceUrl,
        String evidenceText,
        boolean photoGiven,
        String checkedBy) {

    /** The constructor the repository's query calls: a photo by its type, which only a given photo has. */
    public ObligationView(
            Long id,
            Long proposalId,
            int position,
            String label,
            CallObligation.Kind kind,
            LocalDate dueOn,
            OffsetDateTime metAt,
            String evidenceUrl,
            String evidenceText,
            String photoType,
            String checkedBy) {
        this(
                id,
                proposalId,
                position,
                label,
                kind,
                dueOn,
                metAt,
                evidenceUrl,
                evidenceText,
                photoType != null,
                checkedBy);
    }

    public boolean isMet() {
        return metAt != null;
    }

    /** Unmet, and its due day over {@code today} (in Paris). */
    public boolean isLateOn(LocalDate today) {
        return !isMet() && DueDates.isLate(dueOn, today);
    }
}
