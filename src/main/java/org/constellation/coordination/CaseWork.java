package org.constellation.coordination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team writes on cases, for itself: labels, notes, and the record of what it did to a case from the workspace.
 * Bulk actions change each selected case and say so in each one's story.
 */
@Service
class CaseWork {

    static final int LABEL_LENGTH = 60;
    static final int NOTE_LENGTH = 4000;

    /** A change refused as typed, with the reason in the team's words. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final CaseLabelRepository labels;
    private final CaseEntryRepository entries;
    private final Clock clock;

    CaseWork(CaseLabelRepository labels, CaseEntryRepository entries, Clock clock) {
        this.labels = labels;
        this.entries = entries;
        this.clock = clock;
    }

    /** Puts the label on each case that lacks it; returns how many got it. */
    @Transactional
    int label(Collection<Long> proposalIds, String label, String actor) {
        String clean = label(label);
        int added = 0;
        for (Long id : proposalIds) {
            if (!labels.existsByProposalIdAndLabel(id, clean)) {
                labels.save(new CaseLabel(id, clean));
                record(id, actor, "Étiquette ajoutée : " + clean);
                added++;
            }
        }
        return added;
    }

    /** Takes the label off each case that has it; returns how many lost it. */
    @Transactional
    int unlabel(Collection<Long> proposalIds, String label, String actor) {
        String clean = label(label);
        int removed = 0;
        for (Long id : proposalIds) {
            if (labels.deleteByProposalIdAndLabel(id, clean) > 0) {
                record(id, actor, "Étiquette retirée : " + clean);
                removed++;
            }
        }
        return removed;
    }

    @Transactional
    void note(Long proposalId, String text, String author) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > NOTE_LENGTH) {
            throw new Refused("Note : de 1 à " + NOTE_LENGTH + " caractères.");
        }
        entries.save(new CaseEntry(proposalId, CaseEntry.Kind.NOTE, OffsetDateTime.now(clock), author, clean));
    }

    @Transactional
    void record(Long proposalId, String actor, String summary) {
        entries.save(new CaseEntry(
                proposalId,
                CaseEntry.Kind.ACTION,
                OffsetDateTime.now(clock),
                actor,
                summary.length() > NOTE_LENGTH ? summary.substring(0, NOTE_LENGTH - 1) + "…" : summary));
    }

    /** Each case's labels, for a page of the table. */
    @Transactional(readOnly = true)
    Map<Long, List<String>> labelsOf(Collection<Long> proposalIds) {
        return labels.findByProposalIdInOrderByLabel(proposalIds).stream()
                .collect(Collectors.groupingBy(
                        CaseLabel::getProposalId, Collectors.mapping(CaseLabel::getLabel, Collectors.toList())));
    }

    /** The team's notes and actions on a case, oldest first. */
    @Transactional(readOnly = true)
    List<CaseEntry> entriesOf(Long proposalId) {
        return entries.findByProposalIdOrderByWrittenAtAscIdAsc(proposalId);
    }

    private static String label(String label) {
        String clean = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty() || clean.length() > LABEL_LENGTH || clean.matches("(?s).*[\\r\\n].*")) {
            throw new Refused("Étiquette : une ligne de 1 à " + LABEL_LENGTH + " caractères.");
        }
        return clean;
    }
}
