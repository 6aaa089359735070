package org.constellation.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators release the programme as pretalx releases a schedule: the draft (what the process published since)
 * becomes version n+1 with a changelog, and the feeds, pages and the shared calendar show the latest version.
 */
@Component
public class ProgrammeReleases {

    /** A released version, as the feeds and pages read it. */
    public record Release(
            Long id,
            int version,
            OffsetDateTime releasedAt,
            String releasedBy,
            String note,
            List<ProgrammeChange> changes,
            List<PublishedEntry> entries) {}

    /** Released so that whoever follows the season's calendar outside the application hears of it. */
    public record Released(Long seasonId, int version) {}

    /** Versions were amended (an erased holder's contact): what was written from them is stale. */
    public record Amended(Long seasonId) {}

    /** Nothing changed since the last version: releasing again would only raise the number. */
    public static class NothingToRelease extends RuntimeException {
        NothingToRelease(int version) {
            super("Nothing changed since version " + version);
        }
    }

    private static final TypeReference<List<PublishedEntry>> ENTRIES = new TypeReference<>() {};
    private static final TypeReference<List<ProgrammeChange>> CHANGES = new TypeReference<>() {};

    private final ProgrammeReleaseRepository releases;
    private final ProgrammeEntries entries;
    private final ProgrammeEntryRepository entryRepository;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Releases change only when an erasure amends them: each season's latest is parsed once, not on every read. */
    private final Map<Long, Release> latestBySeason = new ConcurrentHashMap<>();

    public ProgrammeReleases(
            ProgrammeReleaseRepository releases,
            ProgrammeEntries entries,
            ProgrammeEntryRepository entryRepository,
            ObjectMapper json,
            Clock clock,
            ApplicationEventPublisher events) {
        this.releases = releases;
        this.entryRepository = entryRepository;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Release> latest(Long seasonId) {
        return releases.findFirstBySeasonIdOrderByVersionDesc(seasonId).map(summary -> {
            Release cached = latestBySeason.get(seasonId);
            if (cached != null && cached.id().equals(summary.getId())) {
                return cached;
            }
            Release release = read(summary, entriesOf(summary.getId()));
            latestBySeason.put(seasonId, release);
            return release;
        });
    }

    /** The seasons with a released programme: before its first release, a season's agenda has nothing to show. */
    @Transactional(readOnly = true)
    public Set<Long> releasedSeasons() {
        return Set.copyOf(releases.findReleasedSeasonIds());
    }

    /** The released entries, or none before the first release. */
    public List<PublishedEntry> releasedEntries(Long seasonId) {
        return latest(seasonId).map(Release::entries).orElse(List.of());
    }

    /** The programme as the next release would show it. */
    @Transactional(readOnly = true)
    public List<PublishedEntry> draft(Long seasonId) {
        return entries.draft(
                seasonId,
                releasedEntries(seasonId).stream().map(PublishedEntry::uid).collect(Collectors.toSet()));
    }

    /** Every version, newest first, with its changelog but without its entries. */
    @Transactional(readOnly = true)
    public List<Release> versions(Long seasonId) {
        return releases.findBySeasonIdOrderByVersionDesc(seasonId).stream()
                .map(row -> read(row, List.of()))
                .toList();
    }

    /** Makes the draft the season's next version; throws {@link NothingToRelease} when nothing changed. */
    @Transactional
    public Release release(Long seasonId, String releasedBy, String note) {
        Optional<Release> previous = latest(seasonId);
        List<PublishedEntry> draft = draft(seasonId);
        List<ProgrammeChange> changes =
                ProgrammeChange.between(previous.map(Release::entries).orElse(List.of()), draft);
        int version = previous.map(Release::version).orElse(0);
        if (changes.isEmpty()) {
            throw new NothingToRelease(version);
        }
        ProgrammeRelease row = releases.save(new ProgrammeRelease(
                seasonId, version + 1, OffsetDateTime.now(clock), releasedBy, note, write(changes), write(draft)));
        events.publishEvent(new Released(seasonId, row.getVersion()));
        return new Release(row.getId(), row.getVersion(), row.getReleasedAt(), releasedBy, note, changes, draft);
    }

    /**
     * The holder of a proposal is erased (issue 18): registration by their mail or phone leaves its entry and every
     * version that showed it. The event, its links and the organisation's public name stay as released.
     */
    @Transactional
    public void forgetPersonalContactsOf(Long proposalId) {
        entryRepository.findByProposalId(proposalId).ifPresent(entry -> {
            entry.forgetPersonalRegistration();
            List<Long> showing = releases.findIdsShowing(entry.getSeasonId(), entry.getUid());
            for (Long releaseId : showing) {
                ProgrammeRelease release = releases.findById(releaseId).orElseThrow();
                release.amendEntries(write(parse(release.getEntries(), ENTRIES, releaseId).stream()
                        .map(published -> published.uid().equals(entry.getUid())
                                ? published.withoutPersonalRegistration()
                                : published)
                        .toList()));
            }
            if (!showing.isEmpty()) {
                latestBySeason.remove(entry.getSeasonId());
                events.publishEvent(new Amended(entry.getSeasonId()));
            }
        });
    }

    private List<PublishedEntry> entriesOf(Long releaseId) {
        return parse(releases.findById(releaseId).orElseThrow().getEntries(), ENTRIES, releaseId);
    }

    private Release read(ProgrammeReleaseRepository.Summary row, List<PublishedEntry> releasedEntries) {
        return new Release(
                row.getId(),
                row.getVersion(),
                row.getReleasedAt(),
                row.getReleasedBy(),
                row.getNote(),
                parse(row.getChangelog(), CHANGES, row.getId()),
                releasedEntries);
    }

    private <T> T parse(String text, TypeReference<T> type, Long releaseId) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable release " + releaseId, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
