package org.constellation.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A payment of a funded project as the finance department confirmed it (its amount in cents, its payment reference, who
 * confirmed it and when), or a sum flagged to recover (no reference and nobody: {@code confirmedAt} is when it was
 * flagged). One of each kind per proposal, the table's unique key: nothing is paid twice.
 */
@Entity
@Table(name = "funding_payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    private long amount;
    private String reference;
    private String confirmedBy;
    private OffsetDateTime confirmedAt;

    protected Payment() {}

    Payment(
            Long proposalId,
            PaymentKind kind,
            long amount,
            String reference,
            String confirmedBy,
            OffsetDateTime confirmedAt) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.amount = amount;
        this.reference = reference;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public PaymentKind getKind() {
        return kind;
    }

    /** In cents. */
    public long getAmount() {
        return amount;
    }

    /** The finance department's reference of the payment (a mandate's number); null for a sum to recover. */
    public String getReference() {
        return reference;
    }

    /** Who of the finance department confirmed it (a user id); null for a sum to recover. */
    public String getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
