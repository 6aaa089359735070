package org.constellation.call;

/**
 * How long a case's personal data is kept once the case ends, by its outcome. The end event a case reaches sets it
 * (proposal-lifecycle.bpmn); each call may set its own period for each class, else the configuration's.
 */
public enum RetentionClass {
    /** Ineligible, closed without answer or withdrawn: erased a short time after the appeal period. */
    UNSUCCESSFUL,
    /** Published in the programme: kept longer (renewals, reports), then anonymised. */
    PROGRAMMED
}
