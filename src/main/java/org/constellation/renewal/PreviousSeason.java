package org.constellation.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.constellation.accompaniment.AccompanimentPlanRepository;
import org.constellation.eligibility.DecisionHistory;
import org.constellation.forum.Partnerships;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to the proposal a renewed one comes from, as reviewers read it in the eligibility form: last season's
 * decisions, accompaniment, partners and programme entry, from our tables (no contact details).
 */
@Service
public class PreviousSeason {

    private final ProposalRepository proposals;
    private final DecisionHistory decisions;
    private final AccompanimentPlanRepository plans;
    private final Partnerships partnerships;
    private final ProgrammeEntryRepository entries;
    private final StaffNames staff;
    private final MessageSource messages;

    public PreviousSeason(
            ProposalRepository proposals,
            DecisionHistory decisions,
            AccompanimentPlanRepository plans,
            Partnerships partnerships,
            ProgrammeEntryRepository entries,
            StaffNames staff,
            MessageSource messages) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.plans = plans;
        this.partnerships = partnerships;
        this.entries = entries;
        this.staff = staff;
        this.messages = messages;
    }

    /** Null when the proposal renews none. */
    @Transactional(readOnly = true)
    public String describe(Long proposalId) {
        Long previousId = proposals.findById(proposalId).orElseThrow().getRenewedFromId();
        if (previousId == null) {
            return null;
        }
        Proposal previous = proposals.findById(previousId).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add("Reconduite de « " + previous.getTitle() + " » (" + previous.getReference() + "), appel « "
                + previous.getCall().getTitle() + " », "
                + previous.getCall().getSeason().getTitle() + ".");
        lines.add("Décisions : " + decisions.describe(previousId));
        plans.findByProposalId(previousId)
                .ifPresent(plan -> lines.add("Accompagnement : " + plan.getNeeds() + " — " + plan.getActions()
                        + " (suivi : " + staff.fullName(plan.getFollowUpPerson()) + ")"));
        List<Partnerships.Partner> partners = partnerships.partnersOf(previousId);
        lines.add("Partenaires : "
                + (partners.isEmpty()
                        ? "aucun"
                        : partners.stream()
                                .map(p -> p.organisation() + " (« " + p.title() + " »)")
                                .collect(Collectors.joining(", "))));
        lines.add("Fiche programme : "
                + entries.findByProposalId(previousId)
                        .map(entry -> "« " + entry.getTitle() + " »"
                                + (entry.getStartsAt() == null
                                        ? ""
                                        : ", le " + WrittenDates.shortDay(entry.getStartsAt()))
                                + (entry.getPublishedAt() == null ? " (non publiée)" : " (publiée)"))
                        .orElse("aucune"));
        // In French, like the rest of the form.
        lines.add("État en fin de saison : "
                + messages.getMessage("case.status." + previous.getStatus(), null, Locale.FRENCH));
        return String.join("\n", lines);
    }
}
