package org.constellation.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A released version of a season's programme: its entries and its changelog, both as JSON, never changed after. */
@Entity
public class ProgrammeRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long seasonId;
    private int version;
    private OffsetDateTime releasedAt;
    private String releasedBy;
    private String note;
    private String changelog;
    /** Read once per release by the feeds, which cache it; listings use {@link ProgrammeReleaseRepository.Summary}. */
    private String entries;

    protected ProgrammeRelease() {}

    ProgrammeRelease(
            Long seasonId,
            int version,
            OffsetDateTime releasedAt,
            String releasedBy,
            String note,
            String changelog,
            String entries) {
        this.seasonId = seasonId;
        this.version = version;
        this.releasedAt = releasedAt;
        this.releasedBy = releasedBy;
        this.note = note;
        this.changelog = changelog;
        this.entries = entries;
    }

    public Long getId() {
        return id;
    }

    public Long getSeasonId() {
        return seasonId;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getReleasedAt() {
        return releasedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public String getNote() {
        return note;
    }

    String getEntries() {
        return entries;
    }
    /** The one change a version allows: a person's contact taken out when their data is erased. */
    void amendEntries(String entries) {
        this.entries = entries;
    }
}
