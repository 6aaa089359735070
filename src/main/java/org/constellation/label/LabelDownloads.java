package org.constellation.label;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.call.LabelCommitment;
import org.constellation.proposal.CommitmentAnswer;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatusChange;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PdfDocuments;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder of a labelled event downloads from their tracking page: the label's communication kit, and their
 * personalised attestation (a tagged PDF/UA in their language: the event, its holder, the label, the charter's
 * commitments they took, when it was labelled), built from what is recorded each time. Nothing while the event is not
 * labelled, nor once its label is withdrawn.
 */
@Service
public class LabelDownloads {

    public static final String ATTESTATION = "attestation-de-label.pdf";

    private final ProposalRepository proposals;
    private final Labels labels;
    private final LabelKitFileRepository files;
    private final PdfDocuments pdf;
    private final Clock clock;

    public LabelDownloads(
            ProposalRepository proposals, Labels labels, LabelKitFileRepository files, PdfDocuments pdf, Clock clock) {
        this.proposals = proposals;
        this.labels = labels;
        this.files = files;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** A file of the kit of the proposal's call, for its labelled holder; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<LabelKitFile> kitFile(Long proposalId, Long fileId) {
        return labelled(proposalId)
                .flatMap(proposal ->
                        files.findByIdAndCallId(fileId, proposal.getCall().getId()));
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> attestation(Long proposalId) {
        return labelled(proposalId)
                .map(proposal -> pdf.render("label-attestation", model(proposal), proposal.locale()));
    }

    private Optional<Proposal> labelled(Long proposalId) {
        return proposals.findById(proposalId).filter(labels::isLabelled);
    }

    private Map<String, Object> model(Proposal proposal) {
        Locale locale = proposal.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", proposal);
        model.put("call", proposal.getCall());
        model.put("labelName", proposal.getCall().getLabelling().getName());
        model.put("usageRules", proposal.getCall().getLabelling().getUsageRules());
        model.put("commitments", commitments(proposal));
        model.put("eventDates", dates(proposal.getPlannedStart(), proposal.getPlannedEnd(), locale));
        model.put(
                "labelledOn",
                proposal.getStatusChanges().stream()
                        .filter(change -> change.getStatus().hasPassedEligibility())
                        .map(ProposalStatusChange::getChangedAt)
                        .findFirst()
                        .map(at -> day(at, locale))
                        .orElse(null));
        model.put("issuedOn", day(OffsetDateTime.now(clock), locale));
        return model;
    }

    /** The commitments the holder took, in the words they accepted; the charter's when they answered none. */
    private static List<String> commitments(Proposal proposal) {
        return proposal.getCommitments().isEmpty()
                ? proposal.getCall().getLabelCommitments().stream()
                        .map(LabelCommitment::label)
                        .toList()
                : proposal.getCommitments().stream()
                        .filter(CommitmentAnswer::accepted)
                        .map(CommitmentAnswer::commitment)
                        .toList();
    }

    /** « 12 octobre 2027 », or both days when it lasts longer; null without dates. */
    private static List<String> dates(LocalDate start, LocalDate end, Locale locale) {
        if (start == null) {
            return null;
        }
        return end == null || end.equals(start)
                ? List.of(WrittenDates.day(start, locale))
                : List.of(WrittenDates.day(start, locale), WrittenDates.day(end, locale));
    }

    private static String day(OffsetDateTime at, Locale locale) {
        return WrittenDates.day(ParisTime.of(at).toLocalDate(), locale);
    }
}
