package org.constellation.proposal;

/** The action does not fit where the proposal stands (e.g. an answer when none was requested). */
public class ProposalStateConflict extends RuntimeException {

    public ProposalStateConflict(String message) {
        super(message);
    }
}
