package org.constellation.proposal;

import jakarta.persistence.Embeddable;

/**
 * The applicant's answer to a commitment of a label's charter (issue 31): the commitment's words as they accepted or
 * refused them, and how they keep it, in their own words (null when they did not say).
 */
@Embeddable
public record CommitmentAnswer(String commitment, boolean accepted, String how) {}
