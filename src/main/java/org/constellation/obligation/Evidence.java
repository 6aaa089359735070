package org.constellation.obligation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.CallObligation;
import org.constellation.report.ReportForm;
import org.constellation.workflow.TypedText;

/**
 * The evidence of an obligation as typed on the holder's tracking page or on the case page (plain rules,
 * {@code EvidenceTest}): for an article or an announcement, its address, a well-formed https one that must answer
 * ({@link #checkAddress}); for a photo of the kit at the event, one JPEG or PNG of 5 MB at most, known by its bytes (a
 * photo given before stays when none is sent); for anything else, a few words. Each refusal is a message key beside its
 * field, and what was typed is kept to show the form again.
 */
public final class Evidence {

    /** The pages' fields: one a kind. */
    public static final String URL = "url";

    public static final String TEXT = "text";
    public static final String PHOTO = "photo";

    static final int LONGEST_TEXT = 1_000;

    /** A photo found to be one, its type read from its bytes. */
    public record Photo(String contentType, byte[] content) {}

    private final CallObligation.Kind kind;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private URI url;
    private String text;
    private Photo photo;

    private Evidence(CallObligation.Kind kind) {
        this.kind = kind;
    }

    /** The form as it opens: empty, or the evidence given before, to correct it. */
    public static Evidence of(ObligationView obligation) {
        Evidence form = new Evidence(obligation.kind());
        form.values.put(URL, obligation.evidenceUrl());
        form.values.put(TEXT, obligation.evidenceText());
        return form;
    }

    /**
     * Reads the evidence as a page posts it: only the field of the obligation's kind counts. {@code photos} are the
     * files sent (an empty file input sends none); {@code photoKept} says whether a photo was given before.
     */
    public static Evidence read(
            CallObligation.Kind kind,
            String typedUrl,
            String typedText,
            List<ReportForm.Upload> photos,
            boolean photoKept) {
        Evidence form = new Evidence(kind);
        switch (kind) {
            case ARTICLE, ANNOUNCEMENT -> form.readUrl(typedUrl);
            case PHOTO -> form.readPhoto(photos == null ? List.of() : photos, photoKept);
            case OTHER -> form.readText(typedText);
        }
        return form;
    }

    private void readUrl(String typed) {
        String stripped = stripped(typed);
        values.put(URL, stripped);
        if (stripped == null) {
            errors.put(URL, "obligation.error.urlRequired");
            return;
        }
        url = LinkCheck.address(stripped);
        if (url == null) {
            errors.put(URL, "obligation.error.url");
        }
    }

    private void readPhoto(List<ReportForm.Upload> uploads, boolean photoKept) {
        List<ReportForm.Upload> sent = uploads.stream()
                .filter(upload -> upload.content() != null && upload.content().length > 0)
                .toList();
        if (sent.isEmpty()) {
            if (!photoKept) {
                errors.put(PHOTO, "obligation.error.photoRequired");
            }
            return;
        }
        if (sent.size() > 1) {
            errors.put(PHOTO, "obligation.error.photoCount");
            return;
        }
        byte[] content = sent.get(0).content();
        String type = ReportForm.sniffedType(content);
        if (content.length > ReportForm.LARGEST_PHOTO) {
            errors.put(PHOTO, "obligation.error.photoSize");
        } else if (type == null) {
            errors.put(PHOTO, "obligation.error.photoType");
        } else {
            photo = new Photo(type, content);
        }
    }

    private void readText(String typed) {
        String stripped = stripped(typed);
        values.put(TEXT, stripped);
        if (stripped == null) {
            errors.put(TEXT, "obligation.error.textRequired");
        } else if (stripped.length() > LONGEST_TEXT) {
            errors.put(TEXT, "obligation.error.textLength");
        } else if (TypedText.hasHiddenCharacters(stripped)) {
            errors.put(TEXT, "validation.controlCharacters");
        } else {
            text = stripped;
        }
    }

    /**
     * The address asked, once it is well formed: refused in words when it leads nowhere public or does not answer. Not
     * in a transaction: it may take a few seconds.
     */
    public void checkAddress(LinkCheck links) {
        if (url != null && errors.isEmpty()) {
            String refusal = links.check(url).refusal();
            if (refusal != null) {
                errors.put(URL, refusal);
            }
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Field → message key of each refusal, in the form's order. */
    public Map<String, String> errors() {
        return errors;
    }

    /** What was typed, by field, to show the form again. */
    public Map<String, String> values() {
        return values;
    }

    public CallObligation.Kind kind() {
        return kind;
    }

    /** The field the kind asks for. */
    public String field() {
        return field(kind);
    }

    /** The field {@code kind} asks for: the pages name it so. */
    public static String field(CallObligation.Kind kind) {
        return switch (kind) {
            case ARTICLE, ANNOUNCEMENT -> URL;
            case PHOTO -> PHOTO;
            case OTHER -> TEXT;
        };
    }

    public URI url() {
        return url;
    }

    public String text() {
        return text;
    }

    /** The photo sent with this form; null keeps the one given before. */
    public Photo photo() {
        return photo;
    }
}
