package org.constellation.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.constellation.proposal.Audience;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.constellation.workflow.TypedText;
import org.springframework.core.io.Resource;

/**
 * The holder's report as typed on their tracking page, on the case page or in « Saisir le bilan » (plain rules,
 * {@code ReportFormTest}): for each session of the event, the people who came, of which school pupils, and their
 * classes; the publics reached, among the audiences; the partners who took part; a short account; photos. Each refusal
 * is a message key beside its field, in the form's order, and what was typed is kept to show the form again.
 */
public final class ReportForm {

    /** The pages' fields; a session's are named after its position: « attendance-0 » is the first session's. */
    public static final String ATTENDANCE = "attendance";

    public static final String PUPILS = "pupils";
    public static final String CLASSES = "classes";
    public static final String PUBLICS = "publics";
    public static final String PARTNERS = "partners";
    public static final String ACCOUNT = "account";
    public static final String PHOTOS = "photos";

    /**
     * « Saisir le bilan »'s fields. Tasklist's forms repeat no group of fields: the figures are one line per session,
     * in the sessions' order, « 120 ; 45 ; 2 ». The holder's words stay out of the engine's history (ProcessVariables).
     */
    static final ModelKey FIGURES = ModelKey.field("reportFigures", String.class);

    static final ModelKey TASK_PUBLICS = ModelKey.field("reportPublics", List.class);
    static final ModelKey TASK_PARTNERS = ModelKey.field(ProcessVariables.REPORT_PARTNERS, String.class);
    static final ModelKey TASK_ACCOUNT = ModelKey.field(ProcessVariables.REPORT_ACCOUNT, String.class);

    /** More people than a stadium holds at one session is a figure typed wrong. */
    static final int MOST_PEOPLE = 100_000;

    static final int LONGEST_PARTNERS = 2_000;
    static final int LONGEST_ACCOUNT = 5_000;
    static final int MOST_PHOTOS = 3;
    public static final int LARGEST_PHOTO = 5 * 1024 * 1024;

    /** A count as people write it: digits, perhaps grouped by spaces (« 1 200 »). */
    private static final Pattern COUNT = Pattern.compile("\\d[\\d \\u00A0\\u202F]*");

    private static final Pattern FIGURE_SEPARATOR = Pattern.compile("[;/]");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A session as typed: its three counts, each perhaps left empty. */
    public record Typed(String attendance, String pupils, String classes) {}

    /** A file as posted, before anything is known of it. */
    public record Upload(String fileName, byte[] content) {

        /**
         * The files a page posted, as Spring gives them ({@code MultipartFile.getResource()}), each read whole: the
         * request's size bounds them. An empty file input posts one empty file, which is none.
         */
        public static List<Upload> of(List<? extends Resource> files) throws IOException {
            List<Upload> uploads = new ArrayList<>();
            for (Resource file : files) {
                if (file.contentLength() > 0) {
                    uploads.add(new Upload(file.getFilename(), file.getContentAsByteArray()));
                }
            }
            return uploads;
        }
    }

    /** A photo found to be one: its name made safe, its type read from its bytes. */
    public record Photo(String fileName, String contentType, byte[] content) {}

    /** A session as counted. */
    public record Counted(int attendance, int pupils, int classes) {}

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> chosen = new LinkedHashSet<>();
    private final List<Counted> sessions = new ArrayList<>();
    private final List<String> publics = new ArrayList<>();
    private final List<Photo> photos = new ArrayList<>();
    private String partners;
    private String account;

    private ReportForm() {}

    /** A form with nothing typed yet. */
    public static ReportForm blank() {
        return new ReportForm();
    }

    /** The report given earlier, as its form shows it to be corrected. */
    public static ReportForm of(EventReports.Report report) {
        ReportForm form = new ReportForm();
        for (int i = 0; i < report.sessions().size(); i++) {
            EventReport.Session session = report.sessions().get(i);
            form.values.put(field(ATTENDANCE, i), String.valueOf(session.attendance()));
            form.values.put(field(PUPILS, i), String.valueOf(session.pupils()));
            form.values.put(field(CLASSES, i), String.valueOf(session.classes()));
        }
        form.chosen.addAll(report.publics());
        form.values.put(PARTNERS, report.partners());
        form.values.put(ACCOUNT, report.account());
        return form;
    }

    /**
     * Reads a report as a page posts it: {@code sessions} in the order of the event's sessions, {@code photos} the
     * files sent (an empty file input sends none).
     */
    public static ReportForm read(
            List<Typed> sessions, Collection<String> publics, String partners, String account, List<Upload> photos) {
        ReportForm form = new ReportForm();
        form.readSessions(sessions);
        form.readPublics(publics == null ? List.of() : publics);
        form.partners = form.readText(PARTNERS, partners, LONGEST_PARTNERS, "report.error.partnersLength");
        form.account = form.readText(ACCOUNT, account, LONGEST_ACCOUNT, "report.error.accountLength");
        form.readPhotos(photos == null ? List.of() : photos);
        return form;
    }

    /**
     * Reads a report as a page posts its fields ({@link #field} names for the {@code sessions} sessions), with the
     * {@code photos} it sent.
     */
    public static ReportForm read(Map<String, List<String>> posted, int sessions, List<Upload> photos) {
        List<Typed> typed = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            typed.add(new Typed(
                    first(posted, field(ATTENDANCE, i)),
                    first(posted, field(PUPILS, i)),
                    first(posted, field(CLASSES, i))));
        }
        return read(
                typed,
                posted.getOrDefault(PUBLICS, List.of()),
                first(posted, PARTNERS),
                first(posted, ACCOUNT),
                photos);
    }

    private static String first(Map<String, List<String>> posted, String field) {
        List<String> values = posted.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Reads « Saisir le bilan » as completed for an event of {@code sessionCount} sessions: its figures one line per
     * session, « attendance ; pupils ; classes », the last two perhaps left out; a missing line is a session left
     * empty. Photos are sent from the case page.
     */
    public static ReportForm fromTask(TaskInput input, int sessionCount) {
        // As typed, not stripped: a first line left empty is the first session's.
        Object figures = input.value(FIGURES.name());
        List<String> lines =
                figures == null ? List.of() : List.of(figures.toString().split("\\R"));
        List<Typed> typed = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            String[] parts = i < lines.size() ? FIGURE_SEPARATOR.split(lines.get(i), -1) : new String[0];
            if (parts.length > 3) {
                unreadable.add(i);
            }
            typed.add(new Typed(part(parts, 0), part(parts, 1), part(parts, 2)));
        }
        ReportForm form = read(
                typed,
                FormValues.list(input.value(TASK_PUBLICS.name())),
                input.text(TASK_PARTNERS.name()),
                input.text(TASK_ACCOUNT.name()),
                List.of());
        unreadable.forEach(i -> form.errors.put(field(ATTENDANCE, i), "report.error.figuresLine"));
        if (lines.stream().skip(sessionCount).anyMatch(line -> !line.isBlank())) {
            form.errors.put(FIGURES.name(), "report.error.tooManyLines");
        }
        return form;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : null;
    }

    /** The name of a session's field on the pages: « pupils-2 » for the third session's pupils. */
    public static String field(String kind, int session) {
        return kind + "-" + session;
    }

    /** The session a field counts (0 for the first), or -1 for a field of the whole report. */
    public static int sessionOf(String field) {
        int dash = field.lastIndexOf('-');
        return dash < 0 ? -1 : Integer.parseInt(field.substring(dash + 1));
    }

    /** What a field holds, without its session: « pupils » for « pupils-2 ». */
    public static String kindOf(String field) {
        int dash = field.lastIndexOf('-');
        return dash < 0 ? field : field.substring(0, dash);
    }

    private void readSessions(List<Typed> typed) {
        boolean anyAttendance = typed.stream().anyMatch(session -> stripped(session.attendance()) != null);
        for (int i = 0; i < typed.size(); i++) {
            Typed session = typed.get(i);
            Integer attendance = count(field(ATTENDANCE, i), session.attendance());
            Integer pupils = count(field(PUPILS, i), session.pupils());
            Integer classes = count(field(CLASSES, i), session.classes());
            if (i == 0 && !anyAttendance) {
                errors.put(field(ATTENDANCE, i), "report.error.attendanceRequired");
            }
            if (attendance != null && pupils != null && pupils > attendance) {
                errors.put(field(PUPILS, i), "report.error.pupilsAboveAttendance");
            } else if (pupils != null && classes != null && classes > pupils) {
                errors.put(field(CLASSES, i), "report.error.classesAbovePupils");
            }
            sessions.add(new Counted(
                    attendance == null ? 0 : attendance, pupils == null ? 0 : pupils, classes == null ? 0 : classes));
        }
        if (typed.isEmpty()) {
            errors.put(field(ATTENDANCE, 0), "report.error.attendanceRequired");
        }
    }

    /** A whole number from 0 to {@link #MOST_PEOPLE}, 0 when left empty; null (and refused) otherwise. */
    private Integer count(String field, String typed) {
        String text = stripped(typed);
        values.put(field, text);
        if (text == null) {
            return 0;
        }
        if (!COUNT.matcher(text).matches()) {
            errors.put(field, "report.error.count");
            return null;
        }
        String digits = text.replaceAll("[ \\u00A0\\u202F]", "");
        if (digits.length() > 6 || Integer.parseInt(digits) > MOST_PEOPLE) {
            errors.put(field, "report.error.tooMany");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private void readPublics(Collection<String> typed) {
        List<String> known =
                Arrays.stream(Audience.values()).map(Audience::name).toList();
        for (String each : typed) {
            String code = stripped(each);
            if (code == null) {
                continue;
            }
            chosen.add(code);
            if (!known.contains(code)) {
                errors.put(PUBLICS, "report.error.publics");
            }
        }
        // In the audiences' own order, whatever the order they came in.
        known.stream().filter(chosen::contains).forEach(publics::add);
    }

    private String readText(String field, String typed, int longest, String tooLong) {
        values.put(field, typed);
        String text = stripped(typed);
        if (text == null) {
            return null;
        }
        if (text.length() > longest) {
            errors.put(field, tooLong);
        } else if (TypedText.hasHiddenCharacters(text)) {
            errors.put(field, "validation.controlCharacters");
        }
        return text;
    }

    private void readPhotos(List<Upload> uploads) {
        List<Upload> sent = uploads.stream()
                .filter(upload -> upload.content() != null && upload.content().length > 0)
                .toList();
        if (sent.size() > MOST_PHOTOS) {
            errors.put(PHOTOS, "report.error.photoCount");
            return;
        }
        for (Upload upload : sent) {
            String type = sniffedType(upload.content());
            if (upload.content().length > LARGEST_PHOTO) {
                errors.put(PHOTOS, "report.error.photoSize");
                return;
            }
            if (type == null) {
                errors.put(PHOTOS, "report.error.photoType");
                return;
            }
            photos.add(new Photo(safeName(upload.fileName(), photos.size() + 1, type), type, upload.content()));
        }
    }

    /**
     * JPEG or PNG as its first bytes say, whatever its name or the browser claim; null for anything else. An
     * obligation's photo is read the same way.
     */
    public static String sniffedType(byte[] content) {
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return startsWith(content, PNG) ? "image/png" : null;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    /**
     * The name a photo is kept and downloaded under: the file's own name without its folders, in letters, digits, dots,
     * dashes and spaces only (a header carries it), ending as its type does; « photo-2.jpg » when nothing is left.
     */
    static String safeName(String fileName, int position, String type) {
        String extension = "image/png".equals(type) ? ".png" : ".jpg";
        String base = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        base = base.replaceFirst("(?i)\\.(jpe?g|png)$", "")
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '_' || c == '.')) {
            base = "photo-" + position;
        }
        return (base.length() > 150 ? base.substring(0, 150) : base) + extension;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The message key of a field's words, for a refusal's summary: « report.field.pupils » for « pupils-2 ». */
    public String fieldKey(String field) {
        return "report.field." + kindOf(field);
    }

    /** The session a field counts, from 1; 0 for a field of the whole report. */
    public int sessionNumber(String field) {
        return sessionOf(field) + 1;
    }

    /** What each session counts, in the form's order: the names its fields start with. */
    public List<String> sessionFields() {
        return List.of(ATTENDANCE, PUPILS, CLASSES);
    }

    /** The report's texts, in the form's order. */
    public List<String> textFields() {
        return List.of(PARTNERS, ACCOUNT);
    }

    /** How long a text of the report may be. */
    public int longest(String textField) {
        return ACCOUNT.equals(textField) ? LONGEST_ACCOUNT : LONGEST_PARTNERS;
    }

    /** The publics a report may name, in their order: the audiences' codes, which pages word (audience.{code}). */
    public List<String> publicChoices() {
        return Arrays.stream(Audience.values()).map(Audience::name).toList();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Each refused field's message key, in the form's order. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The fields as typed, to show the form again. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The publics ticked, as posted, to tick them again. */
    public Set<String> chosen() {
        return Collections.unmodifiableSet(chosen);
    }

    /** Each session as counted, in the event's order (a session left empty counts none). */
    public List<Counted> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    /** The publics reached, codes of proposal.Audience in its order. */
    public List<String> publics() {
        return Collections.unmodifiableList(publics);
    }

    public String partners() {
        return partners;
    }

    public String account() {
        return account;
    }

    /** The photos sent with this form; none keeps those sent before. */
    public List<Photo> photos() {
        return Collections.unmodifiableList(photos);
    }
}
