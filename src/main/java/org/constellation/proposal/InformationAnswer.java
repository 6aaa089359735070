package org.constellation.proposal;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/** What the applicant sent back after a request for information. */
@Entity
public class InformationAnswer extends HolderReply {

    private String answer;

    protected InformationAnswer() {}

    InformationAnswer(Proposal proposal, String answer, OffsetDateTime receivedAt) {
        super(proposal, receivedAt);
        this.answer = answer;
    }

    public String getAnswer() {
        return answer;
    }
}
