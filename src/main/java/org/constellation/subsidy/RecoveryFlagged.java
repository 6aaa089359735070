package org.constellation.subsidy;

/**
 * A sum flagged to recover from a funded project (an advance above what it is owed, or paid to a project withdrawn), in
 * the transaction that flagged it: the finance department is told by mail.
 */
public record RecoveryFlagged(Long proposalId, long amount) {}
