package org.constellation.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A subsidy's agreement, one per funded proposal that needs one: when it was first mailed, and when and how it was
 * accepted. Its text is written again from the award and the call's terms ({@link AgreementTerms}) each time.
 */
@Entity
@Table(name = "funding_agreement")
public class Agreement {

    /** How the holder accepted it. */
    public enum How {
        /** Through the single-use link of its mail (or of one they asked for on their tracking page). */
        LINK,
        /** By a signed copy: uploaded on their tracking page, or received by post and recorded by the team. */
        SIGNED_COPY
    }

    @Id
    private Long proposalId;

    private OffsetDateTime sentAt;
    private OffsetDateTime acceptedAt;

    @Enumerated(EnumType.STRING)
    private How acceptedHow;

    private byte[] signedCopy;
    private String signedCopyType;
    private LocalDate signedOn;
    private String recordedBy;

    protected Agreement() {}

    Agreement(Long proposalId, OffsetDateTime sentAt) {
        this.proposalId = proposalId;
        this.sentAt = sentAt;
    }

    /** Accepted through its link, on the day it was, in Paris. */
    void acceptedByLink(OffsetDateTime at, LocalDate day) {
        accepted(at, How.LINK, day);
    }

    /** Accepted by a signed copy (a PDF) signed on {@code day}; {@code recordedBy} the team member, null the holder. */
    void acceptedBySignedCopy(OffsetDateTime at, byte[] copy, String type, LocalDate day, String recordedBy) {
        accepted(at, How.SIGNED_COPY, day);
        this.signedCopy = copy;
        this.signedCopyType = type;
        this.recordedBy = recordedBy;
    }

    private void accepted(OffsetDateTime at, How how, LocalDate day) {
        this.acceptedAt = at;
        this.acceptedHow = how;
        this.signedOn = day;
    }

    /** The signed copy's bytes; null when accepted by link, and once the holder's data is erased. */
    public byte[] getSignedCopy() {
        return signedCopy;
    }
}
