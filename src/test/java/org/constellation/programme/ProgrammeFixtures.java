package org.constellation.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.call.Season;
import org.constellation.label.Labels;

/** A season and entries with every field set, as the reference call's programme would hold them. */
final class ProgrammeFixtures {

    static final Season SEASON =
            new Season("saison-2027", "Saison 2027", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31));
    static final OffsetDateTime START = OffsetDateTime.parse("2027-10-12T20:00:00+02:00");
    static final Commune GRENOBLE = new Commune("38185", "Grenoble", 45.1885, 5.7245);

    private ProgrammeFixtures() {}

    static EntryDetails details(List<Timing> timings) {
        return details(
                timings,
                "Parc Paul Mistral",
                "Boulevard Jean Pain",
                "Observer Saturne ; « anneaux », 1/2",
                "Télescopes, café\net croissants");
    }

    /** The same details at another place, with other texts. */
    static EntryDetails details(
            List<Timing> timings, String place, String streetAddress, String shortDescription, String description) {
        return new EntryDetails(
                shortDescription,
                description,
                timings,
                place,
                streetAddress,
                List.of("FAMILIES", "CHILDREN"),
                6,
                12,
                List.of(Accessibility.MOTOR, Accessibility.HEARING),
                AttendanceMode.MIXED,
                "https://visio.example.org/saturne",
                List.of("https://billetterie.example.org/saturne", "contact@astro.example.org", "04 76 00 00 00"),
                List.of("télescope", "planètes"),
                "Nuit des étoiles");
    }

    static ProgrammeEntry entry(String uid, List<Timing> timings) {
        return entry(uid, details(timings));
    }

    static ProgrammeEntry entry(String uid, EntryDetails details) {
        ProgrammeEntry entry = new ProgrammeEntry(1L, 1L, uid);
        entry.edit(
                "Nuit des étoiles ; « observation », 1/2",
                details,
                GRENOBLE,
                List.of("astronomy"),
                "Club d'astronomie de Grenoble",
                List.of("Planétarium de Vaulx-en-Velin"),
                START.minusMonths(1));
        entry.publish(START.minusMonths(1));
        return entry;
    }

    static List<Timing> oneSession() {
        return List.of(new Timing(START, START.plusHours(3)));
    }

    /** The entry as a release shows it, with the theme's label from the call. */
    static PublishedEntry published(ProgrammeEntry entry) {
        Call call = new Call("appel", SEASON, "Appel");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        return ProgrammeEntries.snapshot(entry, call, null);
    }

    /** The same entry carrying a label (issue 31), or having carried it before it was withdrawn. */
    static PublishedEntry labelled(ProgrammeEntry entry, String label, boolean withdrawn) {
        Call call = new Call("appel", SEASON, "Appel");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        return ProgrammeEntries.snapshot(entry, call, new Labels.State(label, withdrawn));
    }
}
