package org.constellation.subsidy;

/** What a row of funding_payment is: a payment the finance department confirmed, or a sum to recover. */
public enum PaymentKind {
    /** Paid at the agreement's signature (or the award's, without one): the award's advance share. */
    ADVANCE,
    /** Paid once the final report is approved: the share of the eligible expenses realised, less the advance. */
    BALANCE,
    /** An advance paid beyond what the project is owed, or to a project withdrawn: the finance department claims it. */
    RECOVERY
}
