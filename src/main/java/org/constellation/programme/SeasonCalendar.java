package org.constellation.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.constellation.call.Season;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a season's programme as an RFC 5545 calendar in Europe/Paris time with its VTIMEZONE, so that events keep
 * their local time across daylight saving. An entry with several timings is one recurring event: one UID per entry,
 * whatever its sessions.
 */
@Component
public class SeasonCalendar {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final VTimeZone PARIS_TIMEZONE =
      TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PARIS.getId()).getVTimeZone();

  private final URI publicBaseUrl;
  private final MessageSource messages;

  public SeasonCalendar(@Value("${constellation.public-base-url}") URI publicBaseUrl, MessageSource messages) {
    this.publicBaseUrl = publicBaseUrl;
    this.messages = messages;
  }

  public String write(Season season, List<PublishedEntry> entries) {
    Calendar calendar = new Calendar()
        .add(new ProdId("-//Constellation//Programme " + season.getSlug() + "//FR"))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(new XProperty("X-WR-CALNAME", season.getTitle()))
        .add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
    if (!entries.isEmpty()) {
      calendar.add(PARIS_TIMEZONE);
    }
    for (PublishedEntry entry : entries) {
      events(season, entry).forEach(calendar::add);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The entry's event: its first session with every other session's start as an RDATE, plus, for each session that
   * lasts another time than the first, an override under the same UID (RECURRENCE-ID) giving its own end. PERIOD
   * values would say it in one line, but some servers (Radicale's vobject) reject them.
   */
  private List<VEvent> events(Season season, PublishedEntry entry) {
    List<Timing> timings = entry.timings();
    Timing first = timings.get(0);
    VEvent master = occurrence(season, entry, first);
    List<VEvent> events = new ArrayList<>(List.of(master));
    if (timings.size() > 1) {
      List<Timing> rest = timings.subList(1, timings.size());
      master.add(new RDate<>(inParis(), new DateList<>(rest.stream().map(t -> paris(t.startsAt())).toList())));
      Duration length = Duration.between(first.startsAt(), first.endsAt());
      rest.stream().filter(t -> !Duration.between(t.startsAt(), t.endsAt()).equals(length)).forEach(timing -> {
        VEvent override = occurrence(season, entry, timing);
        override.add(new RecurrenceId<>(inParis(), paris(timing.startsAt())));
        events.add(override);
      });
    }
    return events;
  }

  private VEvent occurrence(Season season, PublishedEntry entry, Timing timing) {
    VEvent event = new VEvent(paris(timing.startsAt()), paris(timing.endsAt()), entry.title());
    event.add(new Uid(entry.uid()));
    // Without a METHOD, DTSTAMP is the revision time (RFC 5545, 3.8.7.2), not "now": the feed and its ETag stay the
    // same between polls.
    event.replace(new DtStamp(entry.updatedAt().toInstant()));
    event.add(new LastModified(entry.updatedAt().toInstant()));
    event.add(new Sequence(entry.sequence()));
    event.add(new Description(description(entry)));
    if (entry.attendanceMode().hasPlace()) {
      event.add(new Location(entry.placeLine()));
    }
    if (!entry.themes().isEmpty() || !entry.keywords().isEmpty()) {
      List<String> categories = new ArrayList<>();
      entry.themes().forEach(theme -> categories.add(theme.label()));
      categories.addAll(entry.keywords());
      event.add(new Categories(new TextList(categories)));
    }
    event.add(new Url(publicBaseUrl.resolve("/programme/" + season.getSlug() + "/" + entry.slug())));
    event.add(new Status(switch (entry.status()) {
      case CANCELLED -> Status.VALUE_CANCELLED;
      case POSTPONED -> Status.VALUE_TENTATIVE;
      default -> Status.VALUE_CONFIRMED;
    }));
    return event;
  }

  private static ParameterList inParis() {
    return new ParameterList(List.of(new TzId(PARIS.getId())));
  }

  /** The public text, with what a calendar has no field for: the state when not plain, the further sessions' links. */
  private String description(PublishedEntry entry) {
    StringBuilder text = new StringBuilder();
    if (entry.status() != ProgrammeEntryStatus.SCHEDULED) {
      text.append(messages.getMessage("programme.status." + entry.status(), null, Locale.FRENCH))
          .append("\n\n");
    }
    text.append(entry.shortDescription()).append("\n\n").append(entry.description());
    if (entry.onlineLink() != null) {
      text.append("\n\nEn ligne : ").append(entry.onlineLink());
    }
    if (!entry.registration().isEmpty()) {
      text.append("\n\nInscription : ").append(String.join(" ; ", entry.registration()));
    }
    if (!entry.partners().isEmpty()) {
      text.append("\n\nAvec : ").append(String.join(", ", entry.partners()));
    }
    return text.toString();
  }

  private static ZonedDateTime paris(OffsetDateTime time) {
    return time.atZoneSameInstant(PARIS);
  }
}
