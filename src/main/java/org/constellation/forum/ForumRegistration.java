package org.constellation.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A holder's answer to the forum invitation: coming or not, what they seek and offer, whom they want to meet. */
@Entity
public class ForumRegistration {

    @Id
    private Long proposalId;

    private boolean attending;
    private String seeks;
    private String offers;
    /** Ids of the proposals the holder wants to meet, comma-separated. */
    private String wished;

    private OffsetDateTime registeredAt;

    protected ForumRegistration() {}

    ForumRegistration(Long proposalId) {
        this.proposalId = proposalId;
    }

    void answer(boolean attending, String seeks, String offers, List<Long> wished, OffsetDateTime at) {
        this.attending = attending;
        this.seeks = seeks;
        this.offers = offers;
        this.wished = String.join(",", wished.stream().map(String::valueOf).toList());
        this.registeredAt = at;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public boolean isAttending() {
        return attending;
    }

    public String getSeeks() {
        return seeks;
    }

    public String getOffers() {
        return offers;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public List<Long> getWished() {
        return wished == null || wished.isBlank()
                ? List.of()
                : Arrays.stream(wished.split(",")).map(Long::valueOf).toList();
    }
}
