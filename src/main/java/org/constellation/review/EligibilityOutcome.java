package org.constellation.review;

public enum EligibilityOutcome {
    ELIGIBLE,
    INCOMPLETE,
    INELIGIBLE
}
