package org.constellation.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.constellation.call.Commune;
import org.hibernate.annotations.BatchSize;

/**
 * A proposal's event in the season's programme. Its UID stays the same for life and its sequence rises with every
 * change seen by the public, as RFC 5545 asks, so that calendar clients update the event instead of duplicating it.
 */
@Entity
public class ProgrammeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long seasonId;
    private String uid;
    private String title;
    private String shortDescription;
    private String description;
    /** First start and last end of the timings, for ordering and the end-of-event timer. */
    private OffsetDateTime startsAt;

    private OffsetDateTime endsAt;

    // Lazy, by batches of entries: a season's programme reads thousands of entries at once.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "programme_timing", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Timing> timings = new ArrayList<>();

    /** The venue's name. */
    private String place;

    private String streetAddress;
    private String commune;
    private String inseeCode;
    private Double latitude;
    private Double longitude;

    @Convert(converter = CodeList.class)
    private List<String> audiences = List.of();

    private Integer ageMin;
    private Integer ageMax;

    @Convert(converter = CodeList.class)
    private List<String> accessibility = List.of();

    @Enumerated(EnumType.STRING)
    private AttendanceMode attendanceMode = AttendanceMode.OFFLINE;

    private String onlineLink;

    @Convert(converter = LineList.class)
    private List<String> registration = List.of();

    @Convert(converter = CodeList.class)
    private List<String> themes = List.of();

    @Convert(converter = CodeList.class)
    private List<String> keywords = List.of();

    private String umbrellaEvent;
    private String organiser;
    /** The organisations of the partnerships formed at the forum, as the programme lists them. */
    @Convert(converter = LineList.class)
    private List<String> partners = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ProgrammeEntryStatus status = ProgrammeEntryStatus.DRAFT;

    private int sequence;
    private OffsetDateTime publishedAt;
    private OffsetDateTime updatedAt;

    protected ProgrammeEntry() {}

    ProgrammeEntry(Long proposalId, Long seasonId, String uid) {
        this.proposalId = proposalId;
        this.seasonId = seasonId;
        this.uid = uid;
    }

    /**
     * Writes what the follow-up person prepared, with what the proposal says of itself. New times for an entry already
     * published make it RESCHEDULED, as shared agendas show it, once it is published again.
     */
    void edit(
            String title,
            EntryDetails details,
            Commune commune,
            List<String> themes,
            String organiser,
            List<String> partners,
            OffsetDateTime now) {
        List<Timing> sorted = details.timings().stream()
                .sorted(Comparator.comparing(Timing::startsAt))
                .toList();
        if (publishedAt != null && !sameTimes(sorted)) {
            status = ProgrammeEntryStatus.RESCHEDULED;
        }
        this.title = title;
        this.shortDescription = details.shortDescription();
        this.description = details.description();
        this.timings.clear();
        this.timings.addAll(sorted);
        this.startsAt = sorted.get(0).startsAt();
        this.endsAt = sorted.stream()
                .map(Timing::endsAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        this.place = details.place();
        this.streetAddress = details.streetAddress();
        this.commune = commune == null ? null : commune.name();
        this.inseeCode = commune == null ? null : commune.inseeCode();
        this.latitude = commune == null ? null : commune.latitude();
        this.longitude = commune == null ? null : commune.longitude();
        this.audiences = details.audiences();
        this.ageMin = details.ageMin();
        this.ageMax = details.ageMax();
        this.accessibility =
                details.accessibility().stream().map(Accessibility::code).toList();
        this.attendanceMode = details.attendanceMode();
        this.onlineLink = details.onlineLink();
        this.registration = details.registration();
        this.themes = List.copyOf(themes);
        this.keywords = details.keywords();
        this.umbrellaEvent = details.umbrellaEvent();
        this.organiser = organiser;
        this.partners = List.copyOf(partners);
        this.updatedAt = now;
    }

    private boolean sameTimes(List<Timing> sorted) {
        return sorted.size() == timings.size()
                && IntStream.range(0, sorted.size())
                        .allMatch(i -> sorted.get(i)
                                        .startsAt()
                                        .isEqual(timings.get(i).startsAt())
                                && sorted.get(i).endsAt().isEqual(timings.get(i).endsAt()));
    }

    /**
     * Puts the entry in the programme's draft; a republished change raises the sequence. Publishing twice is a no-op.
     */
    void publish(OffsetDateTime now) {
        if (isPublic() && !updatedAt.isAfter(publishedAt)) {
            return;
        }
        if (publishedAt != null) {
            sequence++;
        }
        if (status == ProgrammeEntryStatus.DRAFT) {
            status = ProgrammeEntryStatus.SCHEDULED;
        }
        publishedAt = now;
        updatedAt = now;
    }

    /** A coordinator marks a published event full, postponed, rescheduled or scheduled again. */
    void changeStatus(ProgrammeEntryStatus newStatus, OffsetDateTime now) {
        if (!newStatus.isSetByCoordinators() || !isPublic() || status == ProgrammeEntryStatus.CANCELLED) {
            throw new IllegalStateException("Entry " + uid + " cannot go from " + status + " to " + newStatus);
        }
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        sequence++;
        publishedAt = now;
        updatedAt = now;
    }

    /** Cancelling an entry that never reached the programme deletes nothing public; cancelling twice is a no-op. */
    void cancel(OffsetDateTime now) {
        if (status == ProgrammeEntryStatus.CANCELLED) {
            return;
        }
        if (isPublic()) {
            sequence++;
        }
        status = ProgrammeEntryStatus.CANCELLED;
        updatedAt = now;
    }

    private boolean isPublic() {
        return publishedAt != null && status != ProgrammeEntryStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getSeasonId() {
        return seasonId;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public List<Timing> getTimings() {
        return List.copyOf(timings);
    }

    public String getPlace() {
        return place;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public String getCommune() {
        return commune;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public Integer getAgeMin() {
        return ageMin;
    }

    public Integer getAgeMax() {
        return ageMax;
    }

    public List<String> getAccessibility() {
        return accessibility;
    }

    public AttendanceMode getAttendanceMode() {
        return attendanceMode;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public List<String> getRegistration() {
        return registration;
    }

    /** Erasure of the holder: registration by their mail or phone goes, a link stays. */
    void forgetPersonalRegistration() {
        this.registration = PublishedEntry.publicRegistration(registration);
    }

    public List<String> getThemes() {
        return themes;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public String getUmbrellaEvent() {
        return umbrellaEvent;
    }

    public String getOrganiser() {
        return organiser;
    }

    public List<String> getPartners() {
        return partners;
    }

    public ProgrammeEntryStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The entry's address in its season's agenda: the local part of its stable UID. */
    public String getSlug() {
        return uid.substring(0, uid.indexOf('@'));
    }
}
