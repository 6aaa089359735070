package org.constellation.renewal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Criterion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalSubmission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing last season's proposal into a call of a later season ("Dites-le-nous une fois"): the calls it may go to, the
 * new call's form filled with last season's answers, the new proposal linked to the old one, and that link as the case
 * page shows it.
 */
@Service
public class Renewals {

    /** The earlier proposal a renewed one comes from, as the case page names it and links to its case. */
    public record Renewed(Long id, String reference, String title, String callTitle) {}

    private final ProposalRepository proposals;
    private final CallRepository calls;
    private final ProposalService proposalService;
    private final Clock clock;

    public Renewals(ProposalRepository proposals, CallRepository calls, ProposalService proposalService, Clock clock) {
        this.proposals = proposals;
        this.calls = calls;
        this.proposalService = proposalService;
        this.clock = clock;
    }

    /**
     * Last season's proposal, renewed into {@code call}: a new proposal linked to the old one, which reviewers see.
     * Renewing twice into the same call gives the first renewal back.
     */
    @Transactional
    public Proposal renew(Long oldProposalId, ProposalSubmission submission, Locale locale) {
        Call call = proposalService.openCall(submission, locale);
        Optional<Proposal> earlier = proposals.findFirstByRenewedFromIdAndCallId(oldProposalId, call.getId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Proposal proposal = proposalService.register(submission, locale);
        proposal.renews(proposals.findById(oldProposalId).orElseThrow());
        return proposalService.start(proposal);
    }

    /** The calls an applicant may renew this proposal into: open now, of a later season, not renewed into yet. */
    @Transactional(readOnly = true)
    public List<Call> renewableCalls(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        return laterOpenCalls(proposal.getCall()).stream()
                .filter(c -> proposals
                        .findFirstByRenewedFromIdAndCallId(proposalId, c.getId())
                        .isEmpty())
                .toList();
    }

    /** The calls a proposal of {@code call} may be renewed into: open now, of a later season. */
    @Transactional(readOnly = true)
    public List<Call> laterOpenCalls(Call call) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.findAll().stream()
                .filter(c -> c.acceptsSubmissionsAt(now))
                .filter(c ->
                        c.getSeason().getStartsOn().isAfter(call.getSeason().getStartsOn()))
                .toList();
    }

    /**
     * Last season's answers for the form of {@code call}: everything the applicant told us, but the dates (another
     * season), the choices the new call does not offer and a funded project's budget; each stays editable.
     */
    @Transactional(readOnly = true)
    public ProposalSubmission renewalOf(Long proposalId, Call call) {
        ProposalSubmission old =
                ProposalSubmission.of(proposals.findById(proposalId).orElseThrow());
        List<String> bonus = call.criteriaOfKind(Criterion.Kind.BONUS).stream()
                .map(Criterion::code)
                .toList();
        return new ProposalSubmission(
                call.getSlug(),
                old.kind(),
                old.organisationName(),
                old.organisationType(),
                old.organisationCommune(),
                old.contactName(),
                old.contactEmail(),
                old.contactPhone(),
                old.language(),
                old.title(),
                old.summary(),
                old.description(),
                old.themes().stream().filter(call::hasTheme).toList(),
                old.audiences(),
                null,
                null,
                old.commune(),
                old.place(),
                call.umbrellaEventNames().contains(old.umbrellaEvent()) ? old.umbrellaEvent() : null,
                old.needs(),
                old.offers(),
                old.offerDescription(),
                old.bonusCriteria().stream().filter(bonus::contains).toList(),
                old.schoolInvolvement(),
                old.roomCapacity(),
                old.introductionConsent(),
                // The new call's charter, if any, is answered afresh: its commitments are its own. So is a budget, its
                // project's; the organisation's SIRET stays.
                List.of(),
                old.budget() == null ? null : old.budget().siretOnly());
    }

    /** The earlier proposal {@code proposal} renews, or null. */
    @Transactional(readOnly = true)
    public Renewed renewedFrom(Proposal proposal) {
        return proposal.getRenewedFromId() == null
                ? null
                : proposals
                        .findById(proposal.getRenewedFromId())
                        .map(earlier -> new Renewed(
                                earlier.getId(),
                                earlier.getReference(),
                                earlier.getTitle(),
                                earlier.getCall().getTitle()))
                        .orElse(null);
    }
}
