package org.constellation.eligibility;

public enum EligibilityOutcome {
    ELIGIBLE,
    INCOMPLETE,
    INELIGIBLE
}
