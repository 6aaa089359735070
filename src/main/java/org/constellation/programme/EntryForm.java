package org.constellation.programme;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.proposal.Audience;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.TaskInput;
import org.constellation.workflow.WrittenDates;

/**
 * « Préparer la fiche programme »'s fields read into an entry, every rule checked on the server in the reviewer's words
 * (Camunda Forms check in the browser only). Sessions after the first are typed one per line ("13/10/2027
 * 14:00-16:00"), since Tasklist forms have no repeatable date group. Plain rules: {@code EntryFormTest}.
 */
public final class EntryForm {

    /** OpenAgenda's limits: a session lasts at most 24 hours, an event has at most 800 sessions. */
    static final Duration LONGEST_SESSION = Duration.ofHours(24);

    static final int MOST_SESSIONS = 800;
    private static final Pattern SESSION = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2})[:h](\\d{2})\\s*[-–à]\\s*(\\d{1,2})[:h](\\d{2})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{8,18}[0-9]");

    /** The form's fields, read here; PrepareProgrammeEntryFormListener fills some of them from the proposal. */
    static final ModelKey SHORT_DESCRIPTION = ModelKey.field("entryShortDescription", String.class);

    static final ModelKey DESCRIPTION = ModelKey.field("entryDescription", String.class);
    static final ModelKey STARTS_AT = ModelKey.field("entryStartsAt", OffsetDateTime.class);
    static final ModelKey ENDS_AT = ModelKey.field("entryEndsAt", OffsetDateTime.class);
    static final ModelKey OTHER_SESSIONS = ModelKey.field("entryOtherSessions", String.class);
    static final ModelKey ATTENDANCE_MODE = ModelKey.field("entryAttendanceMode", AttendanceMode.class);
    static final ModelKey ONLINE_LINK = ModelKey.field("entryOnlineLink", String.class);
    static final ModelKey PLACE = ModelKey.field("entryPlace", String.class);
    static final ModelKey ADDRESS = ModelKey.field("entryAddress", String.class);
    static final ModelKey AUDIENCES = ModelKey.field("entryAudiences", List.class);
    static final ModelKey AGE_MIN = ModelKey.field("entryAgeMin", Integer.class);
    static final ModelKey AGE_MAX = ModelKey.field("entryAgeMax", Integer.class);
    static final ModelKey ACCESSIBILITY = ModelKey.field("entryAccessibility", List.class);
    static final ModelKey REGISTRATION = ModelKey.field("entryRegistration", String.class);
    static final ModelKey KEYWORDS = ModelKey.field("entryKeywords", String.class);
    static final ModelKey UMBRELLA_EVENT = ModelKey.field("entryUmbrellaEvent", String.class);

    private EntryForm() {}

    /** The entry the form describes, or a refusal naming the field and what to fix, in French. */
    public static EntryDetails read(TaskInput input) {
        EntryDetails details = new EntryDetails(
                input.text(SHORT_DESCRIPTION.name()),
                input.text(DESCRIPTION.name()),
                timings(input),
                input.text(PLACE.name()),
                input.text(ADDRESS.name()),
                codes(
                        FormValues.list(input.value(AUDIENCES.name())),
                        "Publics",
                        Arrays.stream(Audience.values()).map(Audience::name).toList()),
                input.integer(AGE_MIN.name(), "Âge minimum"),
                input.integer(AGE_MAX.name(), "Âge maximum"),
                codes(
                                FormValues.list(input.value(ACCESSIBILITY.name())),
                                "Accessibilité",
                                Arrays.stream(Accessibility.values())
                                        .map(Accessibility::code)
                                        .toList())
                        .stream()
                        .map(code -> Accessibility.ofCode(code).orElseThrow())
                        .toList(),
                attendanceMode(input),
                link(input.text(ONLINE_LINK.name()), "Lien pour participer en ligne"),
                registration(input.text(REGISTRATION.name())),
                keywords(input.text(KEYWORDS.name())),
                input.text(UMBRELLA_EVENT.name()));
        check(details);
        return details;
    }

    private static void check(EntryDetails details) {
        if (details.attendanceMode().needsLink() && details.onlineLink() == null) {
            throw TaskInput.rejected(
                    "Lien pour participer en ligne : obligatoire pour un événement en ligne ou mixte.");
        }
        if (details.attendanceMode().hasPlace() && details.place() == null) {
            throw TaskInput.rejected("Lieu : obligatoire pour un événement sur place ou mixte.");
        }
        if (details.ageMin() != null && details.ageMax() != null && details.ageMin() > details.ageMax()) {
            throw TaskInput.rejected("Âge : l'âge minimum dépasse l'âge maximum.");
        }
    }

    private static List<Timing> timings(TaskInput input) {
        OffsetDateTime startsAt = input.dateTime(STARTS_AT.name(), "Début");
        OffsetDateTime endsAt = input.dateTime(ENDS_AT.name(), "Fin");
        List<Timing> timings = new ArrayList<>();
        timings.add(session(startsAt, endsAt, "Fin"));
        String others = FormValues.text(input.value(OTHER_SESSIONS.name()));
        if (others != null) {
            for (String line : others.split("\\R")) {
                if (!line.isBlank()) {
                    timings.add(parseSession(line.strip()));
                }
            }
        }
        if (timings.size() > MOST_SESSIONS) {
            throw TaskInput.rejected("Autres séances : " + MOST_SESSIONS + " séances au plus.");
        }
        timings.sort(Comparator.comparing(Timing::startsAt));
        for (int i = 1; i < timings.size(); i++) {
            if (timings.get(i).startsAt().isBefore(timings.get(i - 1).endsAt())) {
                throw TaskInput.rejected("Autres séances : deux séances se chevauchent (" + describe(timings.get(i - 1))
                        + " et " + describe(timings.get(i)) + ").");
            }
        }
        return timings;
    }

    private static Timing parseSession(String line) {
        Matcher matcher = SESSION.matcher(line);
        if (!matcher.matches()) {
            throw TaskInput.rejected("Autres séances : « " + line + " » ne se lit pas ; écrivez une séance par ligne, "
                    + "par exemple 13/10/2027 14:00-16:00.");
        }
        try {
            LocalDate day = LocalDate.of(number(matcher, 3), number(matcher, 2), number(matcher, 1));
            OffsetDateTime start = day.atTime(LocalTime.of(number(matcher, 4), number(matcher, 5)))
                    .atZone(ParisTime.ZONE)
                    .toOffsetDateTime();
            OffsetDateTime end = day.atTime(LocalTime.of(number(matcher, 6), number(matcher, 7)))
                    .atZone(ParisTime.ZONE)
                    .toOffsetDateTime();
            return session(start, end, "Autres séances : « " + line + " »");
        } catch (DateTimeException e) {
            throw TaskInput.rejected("Autres séances : « " + line + " » n'est pas une date et une heure qui existent.");
        }
    }

    private static Timing session(OffsetDateTime start, OffsetDateTime end, String label) {
        if (!end.isAfter(start)) {
            throw TaskInput.rejected(label + " : la séance doit finir après son début.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SESSION) > 0) {
            throw TaskInput.rejected(label + " : une séance dure 24 heures au plus ; donnez une séance par jour.");
        }
        return new Timing(start, end);
    }

    private static String describe(Timing timing) {
        return WrittenDates.shortMoment(timing.startsAt());
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static List<String> codes(List<String> values, String label, List<String> known) {
        for (String value : values) {
            if (!known.contains(value)) {
                throw TaskInput.rejected(label + " : « " + value + " » n'est pas un choix possible.");
            }
        }
        return values.stream().distinct().toList();
    }

    private static AttendanceMode attendanceMode(TaskInput input) {
        String value = input.text(ATTENDANCE_MODE.name());
        try {
            return value == null ? AttendanceMode.OFFLINE : AttendanceMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw TaskInput.rejected("Participation : « " + value + " » n'est pas un choix possible.");
        }
    }

    private static String link(String value, String label) {
        if (value != null && !(value.startsWith("https://") || value.startsWith("http://"))) {
            throw TaskInput.rejected(label + " : une adresse web commence par https://.");
        }
        if (value != null && value.chars().anyMatch(Character::isWhitespace)) {
            throw TaskInput.rejected(label + " : une adresse web ne contient pas d'espace.");
        }
        return value;
    }

    /** One link, email address or phone number per line, as OpenAgenda's registration field holds them. */
    private static List<String> registration(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> means = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String value = line.strip();
            if (value.isEmpty()) {
                continue;
            }
            boolean valid = switch (PublishedEntry.registrationType(value)) {
                case "link" -> link(value, "Inscription") != null;
                case "email" -> EMAIL.matcher(value).matches();
                default -> PHONE.matcher(value).matches();
            };
            if (!valid) {
                throw TaskInput.rejected("Inscription : « " + value + " » n'est ni une adresse web, ni un courriel, "
                        + "ni un numéro de téléphone.");
            }
            means.add(value);
        }
        return means;
    }

    private static List<String> keywords(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
        if (words.size() > 10 || words.stream().anyMatch(word -> word.length() > 50)) {
            throw TaskInput.rejected("Mots-clés : dix mots-clés au plus, de 50 caractères au plus chacun.");
        }
        return words;
    }
}
