package org.constellation.proposal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The proposal's own records: the steps it went through, and what its holder wrote back from the tracking page (their
 * answers to requests for information, their corrections of the proposal, their requests to correct the entry).
 */
@Component
public class ProposalHistory implements ProposalRecords {

    public record Step(String status, OffsetDateTime at) {}

    public record Text(String text, OffsetDateTime receivedAt) {}

    public static final HolderParts.Key<List<Step>> STEPS = new HolderParts.Key<>("steps");
    public static final HolderParts.Key<List<Text>> ANSWERS = new HolderParts.Key<>("answers");
    public static final HolderParts.Key<List<Text>> PROPOSAL_CORRECTIONS = new HolderParts.Key<>("proposalCorrections");
    public static final HolderParts.Key<List<Text>> ENTRY_CORRECTIONS = new HolderParts.Key<>("corrections");

    private final InformationAnswerRepository answers;
    private final ProposalCorrectionRepository proposalCorrections;
    private final EntryCorrectionRepository entryCorrections;

    public ProposalHistory(
            InformationAnswerRepository answers,
            ProposalCorrectionRepository proposalCorrections,
            EntryCorrectionRepository entryCorrections) {
        this.answers = answers;
        this.proposalCorrections = proposalCorrections;
        this.entryCorrections = entryCorrections;
    }

    /** Its steps, the holder's last answer, their corrections, and their requests to correct the entry. */
    @Override
    public List<Dated> story(Proposal proposal) {
        Long id = proposal.getId();
        List<Dated> story = new ArrayList<>();
        proposal.getStatusChanges()
                .forEach(change -> story.add(new Dated(
                        change.getChangedAt(),
                        Happening.STATUS,
                        change.getStatus().name())));
        answers.findFirstByProposalIdOrderByReceivedAtDesc(id)
                .ifPresent(
                        answer -> story.add(new Dated(answer.getReceivedAt(), Happening.ANSWER, answer.getAnswer())));
        proposalCorrections
                .findByProposalIdOrderByReceivedAt(id)
                .forEach(correction -> story.add(
                        new Dated(correction.getReceivedAt(), Happening.PROPOSAL_CORRECTION, correction.getChanges())));
        entryCorrections
                .findByProposalIdOrderByReceivedAt(id)
                .forEach(correction -> story.add(
                        new Dated(correction.getReceivedAt(), Happening.CORRECTION, correction.getCorrection())));
        return story;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        Long id = proposal.getId();
        parts.put(
                STEPS,
                proposal.getStatusChanges().stream()
                        .map(change -> new Step(change.getStatus().name(), change.getChangedAt()))
                        .toList());
        parts.put(
                ANSWERS,
                answers.findByProposalIdOrderByReceivedAt(id).stream()
                        .map(answer -> new Text(answer.getAnswer(), answer.getReceivedAt()))
                        .toList());
        parts.put(
                PROPOSAL_CORRECTIONS,
                proposalCorrections.findByProposalIdOrderByReceivedAt(id).stream()
                        .map(correction -> new Text(correction.getChanges(), correction.getReceivedAt()))
                        .toList());
        parts.put(
                ENTRY_CORRECTIONS,
                entryCorrections.findByProposalIdOrderByReceivedAt(id).stream()
                        .map(correction -> new Text(correction.getCorrection(), correction.getReceivedAt()))
                        .toList());
    }
}
