package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.programme.ProgrammeFixtures.SEASON;
import static org.constellation.programme.ProgrammeFixtures.START;
import static org.constellation.programme.ProgrammeFixtures.entry;
import static org.constellation.programme.ProgrammeFixtures.oneSession;
import static org.constellation.programme.ProgrammeFixtures.published;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.constellation.workflow.PublicLinks;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The feed is RFC 5545 as ical4j reads and validates it, in Paris time, with stable UIDs and rising sequences. */
class SeasonCalendarTest {

    final SeasonCalendar calendar = new SeasonCalendar(
            new PublicLinks(URI.create("https://constellation.example.org")),
            messages(),
            "Constellation <no-reply@example.org>");

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Calendar parse(String text) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = parsed.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return parsed;
    }

    static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    @Test
    void aPublishedEntryIsAValidEventInParisTimeThatCancellationKeepsUnderTheSameUid() throws Exception {
        ProgrammeEntry entry = entry("p-abc@constellation.example.org", oneSession());
        String text = calendar.write(SEASON, List.of(published(entry)));
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "DTSTART;TZID=Europe/Paris:20271012T200000");
        VEvent event = event(parse(text));
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("p-abc@constellation.example.org");
        assertThat(event.getSummary().getValue()).isEqualTo("Nuit des étoiles ; « observation », 1/2");
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getUrl().getValue())
                .as("a link back to the entry's page")
                .isEqualTo("https://constellation.example.org/programme/saison-2027/p-abc");
        assertThat(event.getLocation().getValue()).isEqualTo("Parc Paul Mistral, Boulevard Jean Pain, Grenoble");
        assertThat(event.getDescription().getValue())
                .startsWith("Observer Saturne")
                .contains(
                        "Télescopes, café\net croissants",
                        "En ligne : https://visio.example.org/saturne",
                        "Avec : Planétarium de Vaulx-en-Velin");

        entry.cancel(START);
        VEvent cancelled = event(parse(calendar.write(SEASON, List.of(published(entry)))));
        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo("p-abc@constellation.example.org");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void furtherSessionsAreRecurrenceDatesOfTheSameEvent() throws Exception {
        List<Timing> sameLength = List.of(
                new Timing(START, START.plusHours(2)),
                new Timing(START.plusDays(1), START.plusDays(1).plusHours(2)));
        String text = calendar.write(SEASON, List.of(published(entry("p-two@constellation.example.org", sameLength))));
        parse(text);
        assertThat(text).contains("RDATE;TZID=Europe/Paris:20271013T200000").containsOnlyOnce("BEGIN:VEVENT");

        List<Timing> differentLengths = List.of(
                new Timing(START, START.plusHours(2)),
                new Timing(START.plusDays(1), START.plusDays(1).plusHours(1)));
        String periods =
                calendar.write(SEASON, List.of(published(entry("p-per@constellation.example.org", differentLengths))));
        parse(periods);
        assertThat(periods)
                .contains(
                        "RDATE;TZID=Europe/Paris:20271013T200000",
                        "RECURRENCE-ID;TZID=Europe/Paris:20271013T200000",
                        "DTEND;TZID=Europe/Paris:20271013T210000");
        assertThat(periods.split("BEGIN:VEVENT"))
                .as("the master and one override")
                .hasSize(3);
    }

    @Test
    void anExhibitionWithoutHoursIsOneRunOfAllDayDates() throws Exception {
        List<Timing> exhibition = List.of(Timing.days(LocalDate.of(2027, 10, 3), LocalDate.of(2028, 1, 16)));
        String text = calendar.write(SEASON, List.of(published(entry("p-expo@constellation.example.org", exhibition))));
        VEvent event = event(parse(text));
        assertThat(text)
                .as("DTEND is exclusive: the day after the last")
                .contains("DTSTART;VALUE=DATE:20271003", "DTEND;VALUE=DATE:20280117")
                .doesNotContain("DTSTART;TZID")
                .containsOnlyOnce("BEGIN:VEVENT");
        assertThat(event.<LocalDate>getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2027, 10, 3));

        // Two runs of days: the second is a date of the same event, with its own length in an override.
        List<Timing> twoRuns = List.of(
                Timing.days(LocalDate.of(2027, 10, 3), LocalDate.of(2027, 10, 10)),
                Timing.days(LocalDate.of(2027, 11, 20), LocalDate.of(2027, 11, 30)));
        String runs = calendar.write(SEASON, List.of(published(entry("p-runs@constellation.example.org", twoRuns))));
        parse(runs);
        assertThat(runs)
                .contains(
                        "RDATE;VALUE=DATE:20271120", "RECURRENCE-ID;VALUE=DATE:20271120", "DTEND;VALUE=DATE:20271201");
        assertThat(runs.split("BEGIN:VEVENT")).as("the master and one override").hasSize(3);
    }

    @Test
    void sessionsWithHoursStayInParisTimeAndKeepTheEntrysOneUid() throws Exception {
        List<Timing> exhibitionAndWorkshop = List.of(
                Timing.days(LocalDate.of(2027, 10, 3), LocalDate.of(2027, 10, 10)),
                new Timing(START, START.plusHours(2)));
        String text = calendar.write(
                SEASON, List.of(published(entry("p-mix@constellation.example.org", exhibitionAndWorkshop))));
        parse(text);
        assertThat(text)
                .contains("DTSTART;TZID=Europe/Paris:20271003T000000", "RDATE;TZID=Europe/Paris:20271012T200000")
                .doesNotContain("VALUE=DATE:");
    }

    @Test
    void theDescriptionSaysTheShortTextOnceAndTheLocationItsCommuneOnce() throws Exception {
        ProgrammeEntry entry = entry(
                "p-once@constellation.example.org",
                ProgrammeFixtures.details(
                        oneSession(),
                        "Grenoble",
                        null,
                        "Observer Saturne.",
                        "Observer Saturne. Télescopes, café et croissants."));
        VEvent event = event(parse(calendar.write(SEASON, List.of(published(entry)))));
        assertThat(event.getDescription().getValue())
                .startsWith("Observer Saturne. Télescopes")
                .containsOnlyOnce("Observer Saturne");
        assertThat(event.getLocation().getValue()).isEqualTo("Grenoble");
    }

    @Test
    void publishingTwiceChangesNothingButAChangeRaisesTheSequenceAndNewTimesReschedule() {
        ProgrammeEntry entry = entry("p-def@constellation.example.org", oneSession());
        entry.publish(entry.getPublishedAt().plusHours(1));
        assertThat(entry.getSequence()).isZero();
        entry.edit(
                "Nouveau titre",
                ProgrammeFixtures.details(oneSession()),
                ProgrammeFixtures.GRENOBLE,
                List.of(),
                null,
                List.of(),
                entry.getPublishedAt().plusDays(1));
        entry.publish(entry.getPublishedAt().plusDays(2));
        assertThat(entry.getSequence()).isEqualTo(1);
        assertThat(entry.getStatus()).isEqualTo(ProgrammeEntryStatus.SCHEDULED);

        List<Timing> later =
                List.of(new Timing(START.plusDays(7), START.plusDays(7).plusHours(3)));
        entry.edit(
                "Nouveau titre",
                ProgrammeFixtures.details(later),
                ProgrammeFixtures.GRENOBLE,
                List.of(),
                null,
                List.of(),
                entry.getPublishedAt().plusDays(1));
        entry.publish(entry.getPublishedAt().plusDays(2));
        assertThat(entry.getSequence()).isEqualTo(2);
        assertThat(entry.getStatus()).isEqualTo(ProgrammeEntryStatus.RESCHEDULED);
        assertThat(entry.getEndsAt()).isEqualTo(START.plusDays(7).plusHours(3));

        entry.changeStatus(ProgrammeEntryStatus.FULL, entry.getPublishedAt().plusDays(3));
        assertThat(entry.getSequence()).isEqualTo(3);
        assertThat(entry.getStatus()).isEqualTo(ProgrammeEntryStatus.FULL);
    }

    @Test
    void theChangelogNamesWhatChangedSinceTheLastRelease() {
        ProgrammeEntry kept = entry("p-kept@constellation.example.org", oneSession());
        ProgrammeEntry moved = entry("p-moved@constellation.example.org", oneSession());
        ProgrammeEntry withdrawn = entry("p-gone@constellation.example.org", oneSession());
        List<PublishedEntry> before = List.of(published(kept), published(moved), published(withdrawn));

        moved.edit(
                moved.getTitle(),
                ProgrammeFixtures.details(
                        List.of(new Timing(START.plusDays(1), START.plusDays(1).plusHours(3)))),
                ProgrammeFixtures.GRENOBLE,
                List.of("astronomy"),
                moved.getOrganiser(),
                moved.getPartners(),
                START);
        moved.publish(START);
        withdrawn.cancel(START);
        ProgrammeEntry added = entry("p-new@constellation.example.org", oneSession());
        List<PublishedEntry> after = List.of(published(kept), published(moved), published(withdrawn), published(added));

        assertThat(ProgrammeChange.between(before, after))
                .containsExactly(
                        new ProgrammeChange(
                                "p-moved@constellation.example.org",
                                "p-moved",
                                kept.getTitle(),
                                ProgrammeChange.Kind.CHANGED,
                                ProgrammeEntryStatus.RESCHEDULED,
                                List.of("status", "timings")),
                        new ProgrammeChange(
                                "p-gone@constellation.example.org",
                                "p-gone",
                                kept.getTitle(),
                                ProgrammeChange.Kind.CANCELLED,
                                ProgrammeEntryStatus.CANCELLED,
                                List.of()),
                        new ProgrammeChange(
                                "p-new@constellation.example.org",
                                "p-new",
                                kept.getTitle(),
                                ProgrammeChange.Kind.ADDED,
                                ProgrammeEntryStatus.SCHEDULED,
                                List.of()));
        assertThat(ProgrammeChange.between(after, after)).isEmpty();
    }

    @Test
    void theFeedNamesTheUmbrellaEvent() throws Exception {
        VEvent event = event(parse(
                calendar.write(SEASON, List.of(published(entry("p-umb@constellation.example.org", oneSession()))))));
        assertThat(event.getProperty("CATEGORIES").orElseThrow().getValue()).startsWith("Nuit des étoiles");
        assertThat(event.getDescription().getValue()).contains("Dans le cadre de : Nuit des étoiles");
    }

    @Test
    void aMailAttachmentPublishesTheEventAndAWithdrawalCancelsIt() throws Exception {
        ProgrammeEntry entry = entry("p-mail@constellation.example.org", oneSession());
        Calendar published = parse(calendar.attachment(SEASON, published(entry)));
        assertThat(published.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.write(SEASON, List.of(published(entry))))
                .as("a feed has no METHOD")
                .doesNotContain("METHOD");

        entry.cancel(OffsetDateTime.now());
        Calendar cancelled = parse(calendar.attachment(SEASON, published(entry)));
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = event(cancelled);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("p-mail@constellation.example.org");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
    }
}
