package org.constellation.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.constellation.call.Call;
import org.constellation.call.Criterion;
import org.constellation.workflow.EmailAddresses;
import org.springframework.context.MessageSource;

/** The submission form's rules, enforced on the server whatever the client did. */
class SubmissionValidator {

    static final int SHORT_TEXT = 200;
    static final int COMMUNE_NAME = 120;
    static final int SUMMARY = 1000;
    static final int LONG_TEXT = 10000;
    static final int OFFER_TEXT = 2000;
    static final int PLACE = 300;

    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{6,40}$");
    private static final Pattern CAPACITY = Pattern.compile("^[1-9][0-9]{0,4}$");
    /** Control characters other than line breaks and tabs: never legitimate in a form. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]|[\\u2028\\u2029]");
    /**
     * Invisible format characters in a name or a title: bidirectional overrides (U+202E shows "gpj.exe" as "exe.jpg"),
     * zero-width characters that make two names look alike. A soft hyphen is harmless and kept.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}&&[^\\u00AD]]");

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

    private final MessageSource messages;
    private final List<SubmissionRejected.FieldError> errors = new ArrayList<>();

    SubmissionValidator(MessageSource messages) {
        this.messages = messages;
    }

    void rejectIfInvalid(ProposalSubmission s, Call call, Locale locale) {
        ProposalKind kind = choice("kind", s.kind(), ProposalKind.class, true);
        line("organisationName", s.organisationName(), SHORT_TEXT, true);
        choice("organisationType", s.organisationType(), OrganisationType.class, true);
        line("organisationCommune", s.organisationCommune(), COMMUNE_NAME, false);
        line("contactName", s.contactName(), SHORT_TEXT, true);
        if (line("contactEmail", s.contactEmail(), 254, true) && !EmailAddresses.isSendable(s.contactEmail())) {
            reject("contactEmail", "email");
        }
        if (line("contactPhone", s.contactPhone(), 40, false)
                && !PHONE.matcher(s.contactPhone()).matches()) {
            reject("contactPhone", "phone");
        }
        if (s.language() != null && !List.of("fr", "en").contains(s.language())) {
            reject("language", "choice");
        }
        line("title", s.title(), SHORT_TEXT, true);
        paragraph("summary", s.summary(), SUMMARY, true);
        paragraph("description", s.description(), LONG_TEXT, false);
        themes(s, call, kind);
        s.audiences().forEach(value -> choice("audiences", value, Audience.class, false));
        dates(s, kind == ProposalKind.PROJECT);
        line("commune", s.commune(), COMMUNE_NAME, kind == ProposalKind.PROJECT);
        line("place", s.place(), PLACE, false);
        if (line("umbrellaEvent", s.umbrellaEvent(), SHORT_TEXT, false)
                && !call.umbrellaEventNames().contains(s.umbrellaEvent())) {
            reject("umbrellaEvent", "choice");
        }
        s.needs().forEach(value -> choice("needs", value, AccompanimentNeed.class, false));
        s.offers().forEach(value -> choice("offers", value, OfferType.class, false));
        paragraph("offerDescription", s.offerDescription(), OFFER_TEXT, false);
        if (kind == ProposalKind.CONTRIBUTION && s.offers().isEmpty()) {
            reject("offers", "offerRequired");
        }
        if (kind == ProposalKind.CONTRIBUTION && s.offerDescription() == null) {
            reject("offerDescription", "required");
        }
        List<String> bonusCodes = call.criteriaOfKind(Criterion.Kind.BONUS).stream()
                .map(Criterion::code)
                .toList();
        s.bonusCriteria().stream()
                .filter(code -> !bonusCodes.contains(code))
                .findFirst()
                .ifPresent(code -> reject("bonusCriteria", "choice"));
        choice("schoolInvolvement", s.schoolInvolvement(), SchoolInvolvement.class, false);
        if (s.roomCapacity() != null && !CAPACITY.matcher(s.roomCapacity()).matches()) {
            reject("roomCapacity", "capacity");
        }
        if (s.introductionConsent() != null && !List.of("YES", "NO").contains(s.introductionConsent())) {
            reject("introductionConsent", "choice");
        }
        if (!errors.isEmpty()) {
            throw new SubmissionRejected(errors, messages, locale);
        }
    }

    /** The applicant's answer to a request for information: some text, as long as a detailed description at most. */
    void rejectIfInvalidAnswer(String answer, Locale locale) {
        paragraph("answer", answer, LONG_TEXT, true);
        if (!errors.isEmpty()) {
            throw new SubmissionRejected(errors, messages, locale);
        }
    }

    /** At least one theme of the call, except for a contribution: a room or an exhibition serves every theme. */
    private void themes(ProposalSubmission s, Call call, ProposalKind kind) {
        if (s.themes().isEmpty() && kind != ProposalKind.CONTRIBUTION) {
            reject("themes", "themeRequired");
        } else if (s.themes().stream().anyMatch(code -> !call.hasTheme(code))) {
            reject("themes", "choice");
        }
    }

    private void dates(ProposalSubmission s, boolean required) {
        LocalDate start = date("plannedStart", s.plannedStart(), required);
        LocalDate end = date("plannedEnd", s.plannedEnd(), required);
        if (start != null && end != null && end.isBefore(start)) {
            reject("plannedEnd", "endBeforeStart");
        }
    }

    /** A day, or Tasklist's date picker's full ISO date-time of it; anything more or less is refused, never cut. */
    static LocalDate parseDate(String value) {
        if (value == null || value.length() <= 10) {
            return value == null ? null : LocalDate.parse(value);
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).toLocalDate();
        }
    }

    private LocalDate date(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                reject(field, "required");
            }
            return null;
        }
        try {
            return parseDate(value);
        } catch (DateTimeParseException e) {
            reject(field, "date");
            return null;
        }
    }

    /** A single-line value. Returns whether it is present and well-formed, so that callers can check further. */
    private boolean line(String field, String value, int maxLength, boolean required) {
        if (!paragraph(field, value, maxLength, required)) {
            return false;
        }
        if (LINE_BREAK.matcher(value).find()) {
            reject(field, "singleLine");
            return false;
        }
        if (INVISIBLE.matcher(value).find()) {
            reject(field, "controlCharacters");
            return false;
        }
        return true;
    }

    private boolean paragraph(String field, String value, int maxLength, boolean required) {
        if (value == null) {
            if (required) {
                reject(field, "required");
            }
            return false;
        }
        if (value.length() > maxLength) {
            reject(field, "tooLong", maxLength);
            return false;
        }
        if (CONTROL.matcher(value).find()) {
            reject(field, "controlCharacters");
            return false;
        }
        return true;
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                reject(field, "required");
            }
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    reject(field, "choice");
                    return null;
                });
    }

    private void reject(String field, String code, Object... arguments) {
        errors.add(new SubmissionRejected.FieldError(field, code, arguments));
    }
}
