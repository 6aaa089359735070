package org.constellation.call;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A commitment of a label's charter, in words (« Gratuit », « Un scientifique présent »), and who checks it: the
 * applicant's answer on the form, or the reviewer at the eligibility check.
 */
@Embeddable
public record LabelCommitment(
        String label, @Enumerated(EnumType.STRING) CheckedBy checkedBy) {

    public enum CheckedBy {
        /** The applicant's commitment on the form is enough: accepted, it is met. */
        FORM,
        /** The reviewer judges it from the applicant's answer. */
        REVIEWER
    }
}
