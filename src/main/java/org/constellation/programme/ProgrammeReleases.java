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
  public record Release(Long id, int version, OffsetDateTime releasedAt, String releasedBy, String note,
      List<ProgrammeChange> changes, List<PublishedEntry> entries) {}

  /** Released so that whoever follows the season's calendar outside the application hears of it. */
  public record Released(Long seasonId, int version) {}

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
  private final ObjectMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  /** Releases never change: each season's latest is parsed once, not on every feed request. */
  private final Map<Long, Release> latestBySeason = new ConcurrentHashMap<>();

  public ProgrammeReleases(ProgrammeReleaseRepository releases, ProgrammeEntries entries, ObjectMapper json,
      Clock clock, ApplicationEventPublisher events) {
    this.releases = releases;
    this.entries = entries;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Optional<Release> latest(Long seasonId) {
    return releases.findFirstBySeasonIdOrderByVersionDesc(seasonId).map(row -> {
      Release cached = latestBySeason.get(seasonId);
      if (cached != null && cached.id().equals(row.getId())) {
        return cached;
      }
      Release release = read(row, true);
      latestBySeason.put(seasonId, release);
      return release;
    });
  }

  /** The released entries, or none before the first release. */
  public List<PublishedEntry> releasedEntries(Long seasonId) {
    return latest(seasonId).map(Release::entries).orElse(List.of());
  }

  /** What the next release would change, against the latest one. */
  @Transactional(readOnly = true)
  public List<ProgrammeChange> pendingChanges(Long seasonId) {
    List<PublishedEntry> released = releasedEntries(seasonId);
    return ProgrammeChange.between(released, entries.draft(seasonId, uids(released)));
  }

  /** Every version, newest first, with its changelog but without its entries. */
  @Transactional(readOnly = true)
  public List<Release> versions(Long seasonId) {
    return releases.findBySeasonIdOrderByVersionDesc(seasonId).stream().map(row -> read(row, false)).toList();
  }

  /** Makes the draft the season's next version; throws {@link NothingToRelease} when nothing changed. */
  @Transactional
  public Release release(Long seasonId, String releasedBy, String note) {
    Optional<Release> previous = latest(seasonId);
    List<PublishedEntry> released = previous.map(Release::entries).orElse(List.of());
    List<PublishedEntry> draft = entries.draft(seasonId, uids(released));
    List<ProgrammeChange> changes = ProgrammeChange.between(released, draft);
    int version = previous.map(Release::version).orElse(0);
    if (changes.isEmpty()) {
      throw new NothingToRelease(version);
    }
    ProgrammeRelease row = releases.save(new ProgrammeRelease(seasonId, version + 1, OffsetDateTime.now(clock),
        releasedBy, note, write(changes), write(draft)));
    events.publishEvent(new Released(seasonId, row.getVersion()));
    return new Release(row.getId(), row.getVersion(), row.getReleasedAt(), releasedBy, note, changes, draft);
  }

  private Release read(ProgrammeRelease row, boolean withEntries) {
    try {
      return new Release(row.getId(), row.getVersion(), row.getReleasedAt(), row.getReleasedBy(), row.getNote(),
          json.readValue(row.getChangelog(), CHANGES),
          withEntries ? json.readValue(row.getEntries(), ENTRIES) : List.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable release " + row.getId(), e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> uids(List<PublishedEntry> released) {
    return released.stream().map(PublishedEntry::uid).collect(Collectors.toSet());
  }
}
