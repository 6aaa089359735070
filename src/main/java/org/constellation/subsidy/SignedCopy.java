package org.constellation.subsidy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.label.KitUpload;

/**
 * A signed copy of an agreement as the holder uploads it on their tracking page, or the team records one received by
 * post (plain rules, {@code SignedCopyTest}): a PDF of 10 MB at most, known by its bytes as a label's kit is
 * ({@link KitUpload#sniffedType}), and the day it was signed, neither before the agreement was sent nor after today.
 * Each refusal is a message key beside its field ({@code agreement.error.…}); the day typed is kept, not the file.
 */
public final class SignedCopy {

    /** The form's fields. */
    public static final String FILE = "signedCopy";

    public static final String SIGNED_ON = "signedOn";

    public static final int LARGEST_FILE = 10 * 1024 * 1024;

    static final String PDF = "application/pdf";

    private static final int LONGEST_DAY = 40;

    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The form as read: the file's bytes and the day when both are right, the day as typed, and the refusals by field.
     */
    public record Reading(byte[] content, LocalDate signedOn, String typedDay, Map<String, String> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }

        /** The media type kept with the copy. */
        public String contentType() {
            return PDF;
        }
    }

    private SignedCopy() {}

    /**
     * A day as a date field sends it (2027-04-02), or as French writes it where a browser shows a plain text field
     * (02/04/2027, 2/4/2027); null for anything else.
     */
    static LocalDate day(String typed) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, WRITTEN)) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException e) {
                // Not this way of writing it.
            }
        }
        return null;
    }

    /** The form as it opens: nothing typed, nothing refused. */
    public static Reading blank() {
        return new Reading(null, null, null, Map.of());
    }

    /** The file's bytes (null or empty for none) and the day as typed ({@link #day}). */
    public static Reading read(byte[] content, String typedDay, LocalDate sentOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (content == null || content.length == 0) {
            errors.put(FILE, "agreement.error.fileRequired");
        } else if (content.length > LARGEST_FILE) {
            errors.put(FILE, "agreement.error.fileSize");
        } else if (!PDF.equals(KitUpload.sniffedType(content))) {
            errors.put(FILE, "agreement.error.fileType");
        }
        // Longer than any way of writing a day, it is no day, and not shown again.
        String typed = typedDay == null || typedDay.length() > LONGEST_DAY ? null : typedDay.strip();
        LocalDate day = null;
        if (typedDay != null && typed == null) {
            errors.put(SIGNED_ON, "agreement.error.day");
        } else if (typed == null || typed.isEmpty()) {
            errors.put(SIGNED_ON, "agreement.error.dayRequired");
        } else {
            day = day(typed);
            if (day == null) {
                errors.put(SIGNED_ON, "agreement.error.day");
            }
        }
        if (day != null && day.isAfter(today)) {
            errors.put(SIGNED_ON, "agreement.error.dayAhead");
        } else if (day != null && day.isBefore(sentOn)) {
            errors.put(SIGNED_ON, "agreement.error.dayBeforeSent");
        }
        return errors.isEmpty()
                ? new Reading(content, day, typed, Map.of())
                : new Reading(null, null, typed, Collections.unmodifiableMap(errors));
    }
}
