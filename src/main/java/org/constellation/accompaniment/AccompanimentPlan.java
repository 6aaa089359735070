package org.constellation.accompaniment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** What the team will do for a holder, and who of the team follows the proposal. */
@Entity
public class AccompanimentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private String needs;
    private String actions;
    private String followUpPerson;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected AccompanimentPlan() {}

    AccompanimentPlan(Long proposalId) {
        this.proposalId = proposalId;
    }

    void record(String needs, String actions, String followUpPerson, String recordedBy, OffsetDateTime recordedAt) {
        this.needs = needs;
        this.actions = actions;
        this.followUpPerson = followUpPerson;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getNeeds() {
        return needs;
    }

    public String getActions() {
        return actions;
    }

    public String getFollowUpPerson() {
        return followUpPerson;
    }

    void handOver(String person) {
        this.followUpPerson = person;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
