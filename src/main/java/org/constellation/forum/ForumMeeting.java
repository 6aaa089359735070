package org.constellation.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One meeting of the forum's plan: two proposals at a table in a slot (both counted from 0). */
@Entity
public class ForumMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private int slot;

    @Column(name = "table_number")
    private int table;

    private Long firstProposalId;
    private Long secondProposalId;

    protected ForumMeeting() {}

    ForumMeeting(Long callId, int slot, int table, Long firstProposalId, Long secondProposalId) {
        this.callId = callId;
        this.slot = slot;
        this.table = table;
        this.firstProposalId = firstProposalId;
        this.secondProposalId = secondProposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public int getSlot() {
        return slot;
    }

    public int getTable() {
        return table;
    }

    public Long getFirstProposalId() {
        return firstProposalId;
    }

    public Long getSecondProposalId() {
        return secondProposalId;
    }

    Long partnerOf(Long proposalId) {
        return firstProposalId.equals(proposalId) ? secondProposalId : firstProposalId;
    }
}
