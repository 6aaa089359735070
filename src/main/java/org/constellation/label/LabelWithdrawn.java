package org.constellation.label;

/** A proposal's label was withdrawn, in the transaction that withdrew it: its holder is told by mail. */
public record LabelWithdrawn(Long proposalId) {}
