package org.constellation.subsidy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded proposal's agreement: in the case's story, its acceptance, by the holder's link or signed copy, or by the
 * team for them; in the holder's export, when it was sent and accepted, and how (a signed copy by the fact of it: it
 * downloads from the tracking page), never who of the team recorded it; on the tracking and case pages, where it stands
 * with its terms.
 */
@Component
public class AgreementRecords implements ProposalRecords {

    /** The agreement as its holder reads it in their data; {@code enteredByTheTeam} for a copy received by post. */
    public record Held(
            OffsetDateTime sentAt,
            OffsetDateTime acceptedAt,
            String acceptedHow,
            LocalDate signedOn,
            boolean signedCopyGiven,
            boolean enteredByTheTeam) {}

    /**
     * The agreement as the tracking page and the case page show it: where it stands, its terms, written in the reader's
     * language; {@code awaited} while it waits for its holder.
     */
    public record Tracked(AgreementView state, AgreementTerms terms, AgreementTerms.Written written, boolean awaited) {}

    public static final HolderParts.Key<Held> AGREEMENT = new HolderParts.Key<>("agreement");

    private final AgreementRepository agreements;
    private final Agreements lifecycle;
    private final AgreementDocuments documents;
    private final Proposals proposals;
    private final StaffNames staff;
    private final MessageSource messages;

    public AgreementRecords(
            AgreementRepository agreements,
            Agreements lifecycle,
            AgreementDocuments documents,
            Proposals proposals,
            StaffNames staff,
            MessageSource messages) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.proposals = proposals;
        this.staff = staff;
        this.messages = messages;
    }

    /**
     * « Convention acceptée par le porteur, par son lien à usage unique », or by the signed copy they uploaded, or the
     * copy received by post that a member of the team recorded, with the day it was signed.
     */
    @Override
    public List<Dated> story(Proposal proposal) {
        return agreements
                .view(proposal.getId())
                .filter(AgreementView::isAccepted)
                .map(state -> new Dated(
                        state.acceptedAt(),
                        state.recordedBy() == null ? Happening.ANSWER : Happening.TEAM,
                        told(state)))
                .stream()
                .toList();
    }

    private String told(AgreementView state) {
        String signedOn = WrittenDates.day(state.signedOn(), Locale.FRENCH);
        if (state.acceptedHow() == Agreement.How.LINK) {
            return messages.getMessage("agreement.story.link", null, Locale.FRENCH);
        }
        return state.recordedBy() == null
                ? messages.getMessage("agreement.story.signedCopy", new Object[] {signedOn}, Locale.FRENCH)
                : messages.getMessage(
                        "agreement.story.signedCopyByPost",
                        new Object[] {signedOn, staff.fullName(state.recordedBy())},
                        Locale.FRENCH);
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        agreements
                .view(proposal.getId())
                .ifPresent(state -> parts.put(
                        AGREEMENT,
                        new Held(
                                state.sentAt(),
                                state.acceptedAt(),
                                state.acceptedHow() == null
                                        ? null
                                        : state.acceptedHow().name(),
                                state.signedOn(),
                                state.signedCopyGiven(),
                                state.recordedBy() != null)));
    }

    /** The agreement for the holder's tracking page, in their language; empty before it was sent. */
    @Transactional(readOnly = true)
    public Optional<Tracked> tracked(Proposal proposal, Locale locale) {
        return agreements
                .view(proposal.getId())
                .flatMap(state -> documents
                        .terms(proposal)
                        .map(terms -> new Tracked(
                                state, terms, terms.written(locale), lifecycle.awaitsAcceptance(proposal.getId()))));
    }

    /** The same for the case page, in French, the proposal read again (the page's is detached); null before sent. */
    @Transactional(readOnly = true)
    public Tracked ofCase(Long proposalId) {
        return tracked(proposals.get(proposalId), Locale.FRENCH).orElse(null);
    }
}
