package org.constellation.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A sitting of a call's selection committee: its day and who sat (names as the minutes give them, one per line). */
@Entity
public class CommitteeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private LocalDate heldOn;
    private String members;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected CommitteeSession() {}

    CommitteeSession(Long callId, LocalDate heldOn, List<String> members, String recordedBy, OffsetDateTime at) {
        this.callId = callId;
        this.heldOn = heldOn;
        this.members = String.join("\n", members);
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public List<String> getMembers() {
        return Arrays.stream(members.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
