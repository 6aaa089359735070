package org.constellation.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;

/** One change to a call: who made it, when, and what changed (one "field: old → new" per line). */
@Entity
public class CallChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private OffsetDateTime changedAt;
    private String changedBy;
    private String summary;

    protected CallChange() {}

    CallChange(Long callId, OffsetDateTime changedAt, String changedBy, List<String> lines) {
        this.callId = callId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        String text = String.join("\n", lines);
        this.summary = text.length() > 8000 ? text.substring(0, 7999) + "…" : text;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** Each line as field code and what happened to it. */
    public List<String[]> lines() {
        return summary.lines()
                .map(line -> line.contains(": ") ? line.split(": ", 2) : new String[] {"", line})
                .toList();
    }
}
