package org.constellation.subsidy;

/**
 * A subsidy's award, agreement or payment was written, in the transaction that wrote it: what is derived from them (the
 * season's open data file) follows, once it commits.
 */
public record SubsidyChanged(Long proposalId) {}
