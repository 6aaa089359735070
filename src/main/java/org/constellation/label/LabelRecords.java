package org.constellation.label;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.constellation.proposal.CommitmentAnswer;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/**
 * A labelling call's proposal: in the case's story, its label withdrawn, by whom and why; in the holder's export, the
 * label, their answers to its charter in their own words, and the withdrawal's reason, never who of the team withdrew
 * it; on their tracking page, the label with its usage rules and its kit to download.
 */
@Component
public class LabelRecords implements ProposalRecords {

    /** The label as its holder reads it in their data; {@code labelled} while it is theirs and not withdrawn. */
    public record Held(
            String name,
            boolean labelled,
            List<CommitmentAnswer> commitments,
            OffsetDateTime withdrawnAt,
            String withdrawalReason) {}

    /** The label as the tracking page shows it: its kit while the event carries it, the reason once withdrawn. */
    public record Tracked(
            String name,
            String usageRules,
            boolean labelled,
            boolean withdrawn,
            String withdrawalReason,
            List<KitFile> kit) {}

    public static final HolderParts.Key<Held> LABEL = new HolderParts.Key<>("label");

    private final Labels labels;
    private final LabelKit kit;
    private final StaffNames staff;

    public LabelRecords(Labels labels, LabelKit kit, StaffNames staff) {
        this.labels = labels;
        this.kit = kit;
        this.staff = staff;
    }

    /** « Label « Made in Nouvelle-Aquitaine » retiré par Inès Garnier : … ». */
    @Override
    public List<Dated> story(Proposal proposal) {
        return labels
                .withdrawalOf(proposal.getId())
                .map(withdrawal -> new Dated(
                        withdrawal.getWithdrawnAt(),
                        Happening.DECISION,
                        "Label « " + proposal.getCall().getLabelling().getName() + " » retiré par "
                                + staff.fullName(withdrawal.getWithdrawnBy()) + " : "
                                + (withdrawal.getReason().isEmpty()
                                        ? "motif effacé avec les données du dossier"
                                        : withdrawal.getReason())))
                .stream()
                .toList();
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        if (!proposal.getCall().labels()) {
            return;
        }
        Optional<LabelWithdrawal> withdrawal = labels.withdrawalOf(proposal.getId());
        parts.put(
                LABEL,
                new Held(
                        proposal.getCall().getLabelling().getName(),
                        labels.isLabelled(proposal),
                        List.copyOf(proposal.getCommitments()),
                        withdrawal.map(LabelWithdrawal::getWithdrawnAt).orElse(null),
                        withdrawal.map(LabelWithdrawal::getReason).orElse(null)));
    }

    /** The label for the tracking page; empty when the event carries none and never did. */
    public Optional<Tracked> tracked(Proposal proposal) {
        return labels.stateOf(proposal)
                .map(state -> new Tracked(
                        state.name(),
                        proposal.getCall().getLabelling().getUsageRules(),
                        !state.withdrawn(),
                        state.withdrawn(),
                        state.withdrawn()
                                ? labels.withdrawalOf(proposal.getId())
                                        .map(LabelWithdrawal::getReason)
                                        .orElse(null)
                                : null,
                        state.withdrawn()
                                ? List.of()
                                : kit.filesOf(proposal.getCall().getId())));
    }
}
