package org.constellation.obligation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.constellation.call.CallObligation;

/**
 * One obligation of a proposal after selection (issue 31, part 2), copied from its call's when its programme entry was
 * published, with the rule of its due date, so that the date follows the event's sessions whatever the call says later.
 * Met once its evidence is given: an address, a photo or a few words, by the holder or by the team for them. Pages read
 * it through {@link ObligationView}, without its photo's bytes.
 */
@Entity
@Table(name = "proposal_obligation")
public class Obligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    /** Its place among the proposal's obligations, from 1, as the call lists them. */
    private int position;

    @Embedded
    private CallObligation rule;

    private LocalDate dueOn;
    private OffsetDateTime metAt;
    private String evidenceUrl;
    private String evidenceText;
    private byte[] photo;
    private String photoType;
    /** The team member who gave the evidence for the holder; null when the holder gave it. */
    private String checkedBy;

    protected Obligation() {}

    Obligation(Long proposalId, int position, CallObligation rule, LocalDate dueOn) {
        this.proposalId = proposalId;
        this.position = position;
        this.rule = rule;
        this.dueOn = dueOn;
    }

    /**
     * The evidence given now, in place of an earlier one: an address or words for the kinds that ask for them; a new
     * photo replaces the one kept, none keeps it.
     */
    void meet(Evidence evidence, String checkedBy, OffsetDateTime at) {
        this.evidenceUrl = evidence.url() == null ? null : evidence.url().toString();
        this.evidenceText = evidence.text();
        if (evidence.photo() != null) {
            this.photo = evidence.photo().content();
            this.photoType = evidence.photo().contentType();
        }
        this.checkedBy = checkedBy;
        this.metAt = at;
    }

    /** The event's sessions moved: so does the day it is due. */
    void moveDueDate(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public int getPosition() {
        return position;
    }

    public CallObligation getRule() {
        return rule;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }
}
