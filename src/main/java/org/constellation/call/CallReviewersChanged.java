package org.constellation.call;

/** A call was given to another group of reviewers: what they may read of its cases follows. */
public record CallReviewersChanged(Long callId, String from, String to) {}
