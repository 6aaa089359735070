package org.constellation.subsidy;

/**
 * A sum flagged to recover from a funded project, in the transaction that flagged it: the finance department is told by
 * mail. {@code withdrawn}: the project was withdrawn after its advance; otherwise the advance was above what it is
 * owed.
 */
public record RecoveryFlagged(Long proposalId, long amount, boolean withdrawn) {}
