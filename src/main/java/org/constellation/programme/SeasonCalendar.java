package org.constellation.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.constellation.call.Season;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PublicLinks;
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

    private static final VTimeZone PARIS_TIMEZONE = TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(ParisTime.ZONE.getId())
            .getVTimeZone();

    private final PublicLinks links;
    private final MessageSource messages;

    /** Who sends an event by mail: iTIP requires an ORGANIZER; replies go to the call's contact, not here. */
    private final URI organizer;

    public SeasonCalendar(
            PublicLinks links, MessageSource messages, @Value("${constellation.mail.from}") String mailFrom) {
        this.links = links;
        this.messages = messages;
        Matcher address = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>").matcher(mailFrom);
        this.organizer = URI.create("mailto:" + (address.find() ? address.group(1) : mailFrom.strip()));
    }

    /** The season's feed, or a shared calendar's object: no METHOD, as subscriptions and CalDAV stores want. */
    public String write(Season season, List<PublishedEntry> entries) {
        return output(calendar(season, entries));
    }

    /**
     * One entry attached to a mail, for a calendar to import (RFC 5546): METHOD:PUBLISH when it is published,
     * METHOD:CANCEL when it is withdrawn, so that a calendar that imported it removes it (same UID, higher SEQUENCE).
     */
    public String attachment(Season season, PublishedEntry entry) {
        Calendar calendar = calendar(season, List.of(entry));
        calendar.add(
                entry.status() == ProgrammeEntryStatus.CANCELLED ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.getComponents("VEVENT")
                .forEach(event ->
                        event.add(new Organizer(new ParameterList(List.of(new Cn(entry.organiser()))), organizer)));
        return output(calendar);
    }

    private Calendar calendar(Season season, List<PublishedEntry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Constellation//Programme " + season.getSlug() + "//FR"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", season.getTitle()))
                .add(new XProperty("X-WR-TIMEZONE", ParisTime.ZONE.getId()));
        if (!entries.isEmpty()) {
            calendar.add(PARIS_TIMEZONE);
        }
        for (PublishedEntry entry : entries) {
            events(season, entry).forEach(calendar::add);
        }
        return calendar;
    }

    private static String output(Calendar calendar) {
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
     * values would say it in one line, but some servers (Radicale's vobject) reject them. An entry whose sessions have
     * no hours (an exhibition) is written in dates, an all-day event whose DTEND is the day after its last; a
     * recurrence set holds one type of value, so an entry with hours anywhere is written in Paris times throughout, and
     * keeps its one UID, as a shared calendar's resource must.
     */
    private List<VEvent> events(Season season, PublishedEntry entry) {
        List<Timing> timings = entry.timings();
        boolean allDay = timings.stream().noneMatch(Timing::hasHours);
        Timing first = timings.get(0);
        VEvent master = occurrence(season, entry, first, allDay);
        List<VEvent> events = new ArrayList<>(List.of(master));
        if (timings.size() > 1) {
            List<Timing> rest = timings.subList(1, timings.size());
            master.add(new RDate<>(
                    valueOf(allDay),
                    new DateList<>(
                            rest.stream().map(t -> at(t.startsAt(), allDay)).toList())));
            long firstLength = length(first, allDay);
            rest.stream().filter(t -> length(t, allDay) != firstLength).forEach(timing -> {
                VEvent override = occurrence(season, entry, timing, allDay);
                override.add(new RecurrenceId<>(valueOf(allDay), at(timing.startsAt(), allDay)));
                events.add(override);
            });
        }
        return events;
    }

    private VEvent occurrence(Season season, PublishedEntry entry, Timing timing, boolean allDay) {
        VEvent event = new VEvent(at(timing.startsAt(), allDay), at(timing.endsAt(), allDay), entry.title());
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
        List<String> categories = new ArrayList<>();
        if (entry.umbrellaEvent() != null) {
            categories.add(entry.umbrellaEvent());
        }
        entry.themes().forEach(theme -> categories.add(theme.label()));
        categories.addAll(entry.keywords());
        // A labelled event is found by its label in calendars as on the pages; a label withdrawn is not a category.
        if (entry.carriedLabel() != null) {
            categories.add(entry.carriedLabel());
        }
        if (!categories.isEmpty()) {
            event.add(new Categories(new TextList(categories)));
        }
        event.add(new Url(links.programmeEntry(season.getSlug(), entry.slug())));
        event.add(new Status(
                switch (entry.status()) {
                    case CANCELLED -> Status.VALUE_CANCELLED;
                    case POSTPONED -> Status.VALUE_TENTATIVE;
                    default -> Status.VALUE_CONFIRMED;
                }));
        return event;
    }

    /** The parameters of a list of starts: VALUE=DATE for dates, the Paris TZID for times. */
    private static ParameterList valueOf(boolean allDay) {
        Parameter value = allDay ? net.fortuna.ical4j.model.parameter.Value.DATE : new TzId(ParisTime.ZONE.getId());
        return new ParameterList(List.of(value));
    }

    /**
     * The public text, with what a calendar has no field for: the state when not plain, the further sessions' links.
     */
    private String description(PublishedEntry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.status() != ProgrammeEntryStatus.SCHEDULED) {
            text.append(messages.getMessage("programme.status." + entry.status(), null, Locale.FRENCH))
                    .append("\n\n");
        }
        // The short description sums the long one up: said once when the long one already holds it.
        if (!entry.description().contains(entry.shortDescription())) {
            text.append(entry.shortDescription()).append("\n\n");
        }
        text.append(entry.description());
        if (entry.umbrellaEvent() != null) {
            text.append("\n\nDans le cadre de : ").append(entry.umbrellaEvent());
        }
        if (entry.label() != null) {
            text.append("\n\n")
                    .append(messages.getMessage(
                            entry.label().withdrawn() ? "programme.entry.labelWithdrawn" : "programme.entry.labelled",
                            new Object[] {entry.label().name()},
                            Locale.FRENCH));
        }
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

    /** A session's bound as written: its Paris date for days without hours (which start and end at midnight). */
    private static Temporal at(OffsetDateTime time, boolean allDay) {
        ZonedDateTime paris = ParisTime.of(time);
        return allDay ? paris.toLocalDate() : paris;
    }

    /**
     * How long a session lasts as written: in days for dates (a change of clocks inside does not count), or seconds.
     */
    private static long length(Timing timing, boolean allDay) {
        return at(timing.startsAt(), allDay)
                .until(at(timing.endsAt(), allDay), allDay ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
    }
}
