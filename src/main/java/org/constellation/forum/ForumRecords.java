package org.constellation.forum;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.springframework.stereotype.Component;

/** The holder's registration for the forum. */
@Component
public class ForumRecords implements ProposalRecords {

    /** The registration as its holder gave it: coming or not, what they seek and offer. */
    public record Registration(boolean attending, String seeks, String offers, OffsetDateTime registeredAt) {}

    public static final HolderParts.Key<Registration> REGISTRATION = new HolderParts.Key<>("forum");

    private final ForumRegistrationRepository registrations;

    public ForumRecords(ForumRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** The holder's answer to the invitation, once they gave one. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return registrations.findByProposalIdIn(List.of(proposal.getId())).stream()
                .filter(registration -> registration.getRegisteredAt() != null)
                .map(registration -> new Dated(
                        registration.getRegisteredAt(),
                        "forum",
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
