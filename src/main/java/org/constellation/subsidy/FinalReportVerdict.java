package org.constellation.subsidy;

/** The follow-up person's verdict on a final report (« Examiner le rapport final »), the form's choice. */
public enum FinalReportVerdict {
    APPROVED,
    /** Back to the holder with a reason: they give it again. */
    SENT_BACK
}
