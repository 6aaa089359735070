package org.constellation.subsidy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An agreement as pages and the holder's export read it, without the signed copy's bytes ({@code signedCopyGiven} when
 * there is one, which downloads on its own address).
 *
 * @param recordedBy the team member who recorded a signed copy received by post; null when the holder acted
 */
public record AgreementView(
        Long proposalId,
        OffsetDateTime sentAt,
        OffsetDateTime acceptedAt,
        Agreement.How acceptedHow,
        LocalDate signedOn,
        boolean signedCopyGiven,
        String recordedBy) {

    /** The constructor the repository's query calls: a signed copy by its type, which only a given copy has. */
    public AgreementView(
            Long proposalId,
            OffsetDateTime sentAt,
            OffsetDateTime acceptedAt,
            Agreement.How acceptedHow,
            LocalDate signedOn,
            String signedCopyType,
            String recordedBy) {
        this(proposalId, sentAt, acceptedAt, acceptedHow, signedOn, signedCopyType != null, recordedBy);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }
}
