package org.constellation.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The holder's report after their event (« fiche bilan »), one per proposal: the people who came to each session of its
 * programme entry, of which school pupils and their classes; the publics reached (codes of proposal.Audience); the
 * partners who took part and a short account, in the holder's words. Its photos are rows of their own
 * ({@link EventReportPhoto}), read only when one is downloaded. Given again, it is replaced: a correction.
 */
@Entity
public class EventReport {

    /** One session as counted, at the start of the programme's session it counts (same order). */
    @Embeddable
    public record Session(OffsetDateTime startsAt, int attendance, int pupils, int classes) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long callId;
    /** Codes of proposal.Audience, separated by commas. */
    private String publics = "";

    private String partners;
    private String account;
    /** The team member who entered it for the holder (a report received by phone); null when the holder gave it. */
    private String enteredBy;

    private OffsetDateTime receivedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "event_report_session", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Session> sessions = new ArrayList<>();

    protected EventReport() {}

    EventReport(Long proposalId, Long callId) {
        this.proposalId = proposalId;
        this.callId = callId;
    }

    /** Writes the report as given now, replacing what an earlier one said. */
    void record(
            List<Session> counted,
            List<String> publicCodes,
            String partners,
            String account,
            String enteredBy,
            OffsetDateTime receivedAt) {
        this.sessions.clear();
        this.sessions.addAll(counted);
        this.publics = String.join(",", publicCodes);
        this.partners = partners;
        this.account = account;
        this.enteredBy = enteredBy;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public List<String> getPublics() {
        return publics.isEmpty() ? List.of() : Arrays.asList(publics.split(","));
    }

    public String getPartners() {
        return partners;
    }

    public String getAccount() {
        return account;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public List<Session> getSessions() {
        return List.copyOf(sessions);
    }
}
