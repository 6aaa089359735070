package org.constellation.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.constellation.call.Season;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes a season's programme as an RFC 5545 calendar. Times are UTC, which every client converts. */
@Component
public class SeasonCalendar {

  private final ProgrammeEntryRepository entries;
  private final URI publicBaseUrl;

  public SeasonCalendar(ProgrammeEntryRepository entries, @Value("${constellation.public-base-url}") URI publicBaseUrl) {
    this.entries = entries;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** The feed's text and the time of its latest change, for HTTP caching. */
  public record Feed(String text, Instant lastModified) {}

  public Feed render(Season season) {
    List<ProgrammeEntry> published = entries.findBySeasonIdAndPublishedAtNotNullOrderByStartsAt(season.getId());
    Instant lastModified = published.stream().map(entry -> entry.getUpdatedAt().toInstant())
        .max(Instant::compareTo).orElse(Instant.EPOCH);
    return new Feed(write(season, published), lastModified);
  }

  /** One entry as a calendar of its own, the attachment of the "published" mail. */
  public String renderEntry(Season season, ProgrammeEntry entry) {
    return write(season, List.of(entry));
  }

  String write(Season season, List<ProgrammeEntry> published) {
    Calendar calendar = new Calendar()
        .add(new ProdId("-//Constellation//Programme " + season.getSlug() + "//FR"))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN);
    for (ProgrammeEntry entry : published) {
      calendar.add(event(season, entry));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private VEvent event(Season season, ProgrammeEntry entry) {
    VEvent event = new VEvent(entry.getStartsAt().toInstant(), entry.getEndsAt().toInstant(), entry.getTitle());
    event.add(new Uid(entry.getUid()));
    event.add(new DtStamp(Instant.now()));
    event.add(new LastModified(entry.getUpdatedAt().toInstant()));
    event.add(new Sequence(entry.getSequence()));
    event.add(new Description(entry.getPartners() == null ? entry.getDescription()
        : entry.getDescription() + "\n\nAvec : " + entry.getPartners()));
    String commune = entry.getCommune() == null ? "" : ", " + entry.getCommune();
    event.add(new Location(entry.getPlace() + commune));
    event.add(new Url(publicBaseUrl.resolve("/programme/" + season.getSlug() + "/" + entry.getSlug())));
    event.add(new Status(entry.getStatus() == ProgrammeEntryStatus.CANCELLED
        ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    return event;
  }
}
