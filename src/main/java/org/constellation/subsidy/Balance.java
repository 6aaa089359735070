package org.constellation.subsidy;

/**
 * What a funded project is paid (issue 32, part 5), plain rules in cents ({@code BalanceTest}). The advance is the
 * award's advance share. Once the final report is approved, the project is owed the call's largest share of the
 * eligible expenses it realised, never more than the award: a project that spent less than it planned gets a reduced
 * balance, what it is owed less the advance. An advance above what it is owed is never a negative balance: the
 * difference is to recover.
 *
 * <p>Rounding: a share of a sum is rounded to the cent below, as the applicant's largest ask is
 * ({@code funding.Budget.largestAsk}): the funder never pays a cent above the share, and since the balance is what is
 * owed less the advance, the advance and the balance together are exactly what is owed.
 */
public final class Balance {

    /** What the project is owed once its final report is approved, and what follows from the advance paid. */
    public record Settlement(long owed, long advancePaid, long balance, long recovery) {

        /** The share of the eligible expenses realised was below the award: the project gets less than awarded. */
        public boolean reduced(long award) {
            return owed < award;
        }
    }

    private Balance() {}

    /** The advance on {@code award}: its {@code advanceShare} percent, to the cent below; none for a share of 0. */
    public static long advance(long award, int advanceShare) {
        requireShare(advanceShare);
        return share(award, advanceShare);
    }

    /**
     * The settlement of an {@code award} once its final report is approved: {@code largestShare} percent of the
     * {@code eligibleRealised} expenses, at most the award; the balance, what is owed less {@code advancePaid}, never
     * below zero; what the advance paid beyond what is owed, to recover.
     */
    public static Settlement settle(long award, int largestShare, long eligibleRealised, long advancePaid) {
        requireShare(largestShare);
        if (award < 0 || eligibleRealised < 0 || advancePaid < 0) {
            throw new IllegalArgumentException("Amounts are never negative");
        }
        long owed = Math.min(award, share(eligibleRealised, largestShare));
        return new Settlement(owed, advancePaid, Math.max(0, owed - advancePaid), Math.max(0, advancePaid - owed));
    }

    /** {@code percent} of {@code cents}, to the cent below (the product stays far below a long's limit: Amounts). */
    private static long share(long cents, int percent) {
        return cents * percent / 100;
    }

    private static void requireShare(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A share is a percentage from 0 to 100: " + percent);
        }
    }
}
