package org.constellation.proposal;

/** Where a proposal stands in its lifecycle; set by the proposal-lifecycle process as it moves on. */
public enum ProposalStatus {
  SUBMITTED,
  ELIGIBILITY_CHECK,
  INFORMATION_REQUESTED,
  INELIGIBLE,
  CLOSED_WITHOUT_ANSWER,
  ACCOMPANIMENT,
  MATCHING,
  AWAITING_FORUM,
  PROGRAMME_ENTRY,
  PUBLISHED,
  WITHDRAWN;

  public boolean isFinal() {
    return this == INELIGIBLE || this == CLOSED_WITHOUT_ANSWER || this == WITHDRAWN;
  }
}
