package org.constellation.subsidy;

/**
 * What a call that funds has to give (issue 32, part 3): its envelope, what its awards already took, what is left. An
 * award fits when it takes no more than is left; the sum of a call's awards never passes its envelope. Amounts in
 * cents. Plain rules, {@code EnvelopeTest}; {@link Awards} sums the awards with the call's row locked.
 */
public record Envelope(long total, long awarded) {

    /** What is left to award; nothing, never less, when the envelope was lowered below what is already awarded. */
    public long left() {
        return Math.max(0, total - awarded);
    }

    /** Whether an award of {@code amount} keeps the call's awards within the envelope. */
    public boolean allows(long amount) {
        return amount <= left();
    }
}
