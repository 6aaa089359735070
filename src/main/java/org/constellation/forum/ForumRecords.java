package org.constellation.forum;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.springframework.stereotype.Component;

/** The forum for a proposal: its holder's registration, and what the tracking page shows them of the forum. */
@Component
public class ForumRecords implements ProposalRecords {

    /** The registration as its holder gave it: coming or not, what they seek and offer. */
    public record Registration(boolean attending, String seeks, String offers, OffsetDateTime registeredAt) {}

    public static final HolderParts.Key<Registration> REGISTRATION = new HolderParts.Key<>("forum");

    private final ForumRegistrationRepository registrations;
    private final ForumPlanning planning;
    private final Partnerships partnerships;

    public ForumRecords(ForumRegistrationRepository registrations, ForumPlanning planning, Partnerships partnerships) {
        this.registrations = registrations;
        this.planning = planning;
        this.partnerships = partnerships;
    }

    /** The forum the proposal is invited to, its registration and schedule; empty when not invited. */
    public Optional<ForumPlanning.Invitation> invitationFor(Long proposalId) {
        return planning.invitationFor(proposalId);
    }

    /** The partnerships formed at the forum. */
    public List<Partnerships.Partner> partnershipsOf(Long proposalId) {
        return partnerships.partnersOf(proposalId);
    }

    /** The holder's answer to the invitation, once they gave one. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return registrations.findByProposalIdIn(List.of(proposal.getId())).stream()
                .filter(registration -> registration.getRegisteredAt() != null)
                .map(registration -> new Dated(
                        registration.getRegisteredAt(),
                        Happening.FORUM,
                        registration.isAttending() ? "vient au forum" : "ne vient pas au forum"))
                .toList();
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        registrations.findByProposalIdIn(List.of(proposal.getId())).stream()
                .findFirst()
                .ifPresent(registration -> parts.put(
                        REGISTRATION,
                        new Registration(
                                registration.isAttending(),
                                registration.getSeeks(),
                                registration.getOffers(),
                                registration.getRegisteredAt())));
    }
}
