package org.constellation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.workflow.TaskInput;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * An event's report as typed: counts whole, from 0 to 100 000, pupils within the people and classes within the pupils,
 * at least one session counted; publics among the audiences; texts of a bounded length without hidden characters; three
 * photos at most, JPEG or PNG by their bytes, of 5 MB at most each. Each refusal is a key beside its field.
 */
class ReportFormTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    static ReportForm.Typed session(String attendance, String pupils, String classes) {
        return new ReportForm.Typed(attendance, pupils, classes);
    }

    static ReportForm sessions(ReportForm.Typed... sessions) {
        return ReportForm.read(List.of(sessions), List.of(), null, null, List.of());
    }

    static ReportForm photos(ReportForm.Upload... photos) {
        return ReportForm.read(List.of(session("10", "", "")), List.of(), null, null, List.of(photos));
    }

    @Test
    void aCompleteReportIsReadAsItWillBeKept() {
        ReportForm form = ReportForm.read(
                List.of(session("120", "45", "2"), session(" 1 200 ", "", ""), session("", "", "")),
                List.of("FAMILIES", "SCHOOL_CLASSES", "GENERAL_PUBLIC"),
                "  Observatoire de Saint-Véran\nMJC Bulles d'Hères  ",
                "Une nuit claire ; trois télescopes.",
                List.of(new ReportForm.Upload("C:\\Photos\\nuit étoilée.JPG", JPEG)));

        assertThat(form.isValid()).isTrue();
        assertThat(form.sessions())
                .containsExactly(
                        new ReportForm.Counted(120, 45, 2),
                        new ReportForm.Counted(1200, 0, 0),
                        new ReportForm.Counted(0, 0, 0));
        assertThat(form.publics())
                .as("in the audiences' order")
                .containsExactly("GENERAL_PUBLIC", "FAMILIES", "SCHOOL_CLASSES");
        assertThat(form.partners()).isEqualTo("Observatoire de Saint-Véran\nMJC Bulles d'Hères");
        assertThat(form.account()).isEqualTo("Une nuit claire ; trois télescopes.");
        assertThat(form.photos()).singleElement().satisfies(photo -> {
            assertThat(photo.fileName()).isEqualTo("nuit étoilée.jpg");
            assertThat(photo.contentType()).isEqualTo("image/jpeg");
        });
        assertThat(form.values()).containsEntry("attendance-1", "1 200").containsEntry("pupils-0", "45");
    }

    @Test
    void aCountIsAWholeNumberFromZeroToOneHundredThousand() {
        assertThat(sessions(session("-3", "", "")).errors())
                .containsExactly(Map.entry("attendance-0", "report.error.count"));
        assertThat(sessions(session("12.5", "", "")).errors()).containsEntry("attendance-0", "report.error.count");
        assertThat(sessions(session("douze", "", "")).errors()).containsEntry("attendance-0", "report.error.count");
        assertThat(sessions(session("100000", "", "")).isValid()).isTrue();
        assertThat(sessions(session("100001", "", "")).errors()).containsEntry("attendance-0", "report.error.tooMany");
        assertThat(sessions(session("99999999999", "", "")).errors())
                .as("too long to be a number at all")
                .containsEntry("attendance-0", "report.error.tooMany");
        assertThat(sessions(session("0", "0", "0")).isValid()).isTrue();
    }

    @Test
    void pupilsAreAmongThePeopleAndClassesAmongThePupils() {
        assertThat(sessions(session("30", "31", "")).errors())
                .containsExactly(Map.entry("pupils-0", "report.error.pupilsAboveAttendance"));
        assertThat(sessions(session("30", "30", "31")).errors())
                .containsExactly(Map.entry("classes-0", "report.error.classesAbovePupils"));
        assertThat(sessions(session("30", "", "1")).errors())
                .as("a class without a pupil")
                .containsExactly(Map.entry("classes-0", "report.error.classesAbovePupils"));
        assertThat(sessions(session("12", "", ""), session("", "5", "")).errors())
                .as("pupils at a session left empty")
                .containsExactly(Map.entry("pupils-1", "report.error.pupilsAboveAttendance"));
    }

    @Test
    void atLeastOneSessionIsCounted() {
        assertThat(sessions(session("", "", ""), session(" ", null, null)).errors())
                .containsExactly(Map.entry("attendance-0", "report.error.attendanceRequired"));
        assertThat(sessions(session("", "", ""), session("8", "", "")).isValid())
                .isTrue();
    }

    @Test
    void publicsAreAudiences() {
        ReportForm form =
                ReportForm.read(List.of(session("10", "", "")), List.of("FAMILIES", "ALIENS"), null, null, List.of());
        assertThat(form.errors()).containsExactly(Map.entry(ReportForm.PUBLICS, "report.error.publics"));
        assertThat(form.chosen()).as("ticked again as posted").containsExactly("FAMILIES", "ALIENS");
    }

    @Test
    void textsAreBoundedAndHoldNoHiddenCharacter() {
        ReportForm tooLong = ReportForm.read(
                List.of(session("10", "", "")),
                List.of(),
                "p".repeat(ReportForm.LONGEST_PARTNERS + 1),
                "a".repeat(ReportForm.LONGEST_ACCOUNT + 1),
                List.of());
        assertThat(tooLong.errors())
                .containsExactly(
                        Map.entry(ReportForm.PARTNERS, "report.error.partnersLength"),
                        Map.entry(ReportForm.ACCOUNT, "report.error.accountLength"));
        ReportForm hidden =
                ReportForm.read(List.of(session("10", "", "")), List.of(), "MJC\u0000", "Une\u2028nuit", List.of());
        assertThat(hidden.errors())
                .containsExactly(
                        Map.entry(ReportForm.PARTNERS, "validation.controlCharacters"),
                        Map.entry(ReportForm.ACCOUNT, "validation.controlCharacters"));
        assertThat(ReportForm.read(List.of(session("10", "", "")), List.of(), "MJC\n\tLycée", null, List.of())
                        .isValid())
                .as("line breaks and tabs are what people type")
                .isTrue();
    }

    @Test
    void photosAreJpegOrPngByTheirBytesThreeAtMostOfFiveMegabytesEach() {
        assertThat(photos(new ReportForm.Upload("a.png", PNG)).photos())
                .singleElement()
                .satisfies(photo -> assertThat(photo.contentType()).isEqualTo("image/png"));
        assertThat(photos(new ReportForm.Upload("photo.jpg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                        .errors())
                .as("a name says nothing")
                .containsExactly(Map.entry(ReportForm.PHOTOS, "report.error.photoType"));
        ReportForm.Upload jpeg = new ReportForm.Upload("a.jpg", JPEG);
        assertThat(photos(jpeg, jpeg, jpeg).isValid()).isTrue();
        assertThat(photos(jpeg, jpeg, jpeg, jpeg).errors())
                .containsExactly(Map.entry(ReportForm.PHOTOS, "report.error.photoCount"));
        byte[] large = Arrays.copyOf(JPEG, ReportForm.LARGEST_PHOTO + 1);
        assertThat(photos(new ReportForm.Upload("grande.jpg", large)).errors())
                .containsExactly(Map.entry(ReportForm.PHOTOS, "report.error.photoSize"));
        assertThat(photos(new ReportForm.Upload("vide.jpg", new byte[0])).photos())
                .as("an empty file input sends no photo")
                .isEmpty();
    }

    @Test
    void aPhotoIsKeptUnderASafeNameOfItsType() {
        assertThat(ReportForm.safeName("../../etc/passwd", 1, "image/png")).isEqualTo("passwd.png");
        assertThat(ReportForm.safeName("Soirée \"étoiles\"\r\n.jpeg", 2, "image/jpeg"))
                .isEqualTo("Soirée _étoiles___.jpg");
        assertThat(ReportForm.safeName("", 2, "image/jpeg")).isEqualTo("photo-2.jpg");
        assertThat(ReportForm.safeName(null, 3, "image/png")).isEqualTo("photo-3.png");
        assertThat(ReportForm.safeName("x".repeat(300) + ".png", 1, "image/png"))
                .hasSize(154);
    }

    @Test
    void uploadsAreTheFilesAPagePosted() throws Exception {
        Resource sent = new ByteArrayResource(PNG) {
            @Override
            public String getFilename() {
                return "coupole.png";
            }
        };
        Resource empty = new ByteArrayResource(new byte[0]);
        assertThat(ReportForm.Upload.of(List.of(sent, empty)))
                .singleElement()
                .satisfies(upload -> assertThat(upload.fileName()).isEqualTo("coupole.png"));
    }

    @Test
    void aPagesFieldsAreReadByTheirNames() {
        Map<String, List<String>> posted = new HashMap<>();
        posted.put("attendance-0", List.of("40"));
        posted.put("pupils-0", List.of("28"));
        posted.put("classes-0", List.of("1"));
        posted.put("attendance-1", List.of("25"));
        posted.put("publics", List.of("SCHOOL_CLASSES", "FAMILIES"));
        posted.put("account", List.of("Deux classes de CM2."));
        ReportForm form = ReportForm.read(posted, 2, List.of());
        assertThat(form.isValid()).isTrue();
        assertThat(form.sessions())
                .containsExactly(new ReportForm.Counted(40, 28, 1), new ReportForm.Counted(25, 0, 0));
        assertThat(form.publics()).containsExactly("FAMILIES", "SCHOOL_CLASSES");
        assertThat(form.account()).isEqualTo("Deux classes de CM2.");
        assertThat(form.partners()).isNull();
    }

    @Test
    void theFollowUpPersonTypesOneLineOfFiguresPerSession() {
        Map<String, Object> completed = new HashMap<>();
        completed.put("reportFigures", "120 ; 45 ; 2\n\n80");
        completed.put("reportPublics", List.of("FAMILIES"));
        completed.put("reportAccount", "Reçu par téléphone.");
        ReportForm form = ReportForm.fromTask(TaskInput.of(completed), 3);
        assertThat(form.isValid()).isTrue();
        assertThat(form.sessions())
                .containsExactly(
                        new ReportForm.Counted(120, 45, 2),
                        new ReportForm.Counted(0, 0, 0),
                        new ReportForm.Counted(80, 0, 0));
        assertThat(form.publics()).containsExactly("FAMILIES");
        assertThat(form.account()).isEqualTo("Reçu par téléphone.");
        assertThat(ReportForm.fromTask(TaskInput.of(completed), 4).sessions())
                .as("a line missing is a session left empty")
                .hasSize(4);
        completed.put("reportFigures", "\n80");
        assertThat(ReportForm.fromTask(TaskInput.of(completed), 2).sessions())
                .as("a first line left empty is the first session's")
                .containsExactly(new ReportForm.Counted(0, 0, 0), new ReportForm.Counted(80, 0, 0));
    }

    @Test
    void linesOfFiguresTheEventDoesNotHaveAreRefused() {
        Map<String, Object> completed = new HashMap<>();
        completed.put("reportFigures", "120 ; 45 ; 2 ; 7\n30\n10");
        ReportForm form = ReportForm.fromTask(TaskInput.of(completed), 2);
        assertThat(form.errors())
                .containsEntry("attendance-0", "report.error.figuresLine")
                .containsEntry("reportFigures", "report.error.tooManyLines");
        completed.put("reportFigures", "120 / 130");
        assertThat(ReportForm.fromTask(TaskInput.of(completed), 1).errors())
                .containsExactly(Map.entry("pupils-0", "report.error.pupilsAboveAttendance"));
    }

    @Test
    void aRefusalNamesItsFieldAndItsSession() {
        ReportForm form = ReportForm.blank();
        assertThat(form.fieldKey("pupils-2")).isEqualTo("report.field.pupils");
        assertThat(form.sessionNumber("pupils-2")).isEqualTo(3);
        assertThat(form.fieldKey("publics")).isEqualTo("report.field.publics");
        assertThat(form.sessionNumber("publics")).isZero();
        assertThat(ReportForm.sessionOf("reportFigures")).isEqualTo(-1);
    }

    @Test
    void aReportGivenOpensItsFormAgainAsItWasGiven() {
        EventReports.Report given = new EventReports.Report(
                List.of(new EventReport.Session(null, 120, 45, 2)),
                List.of("FAMILIES"),
                "MJC",
                "Belle soirée.",
                null,
                null,
                List.of());
        ReportForm form = ReportForm.of(given);
        assertThat(form.values())
                .containsEntry("attendance-0", "120")
                .containsEntry("pupils-0", "45")
                .containsEntry("classes-0", "2")
                .containsEntry(ReportForm.PARTNERS, "MJC")
                .containsEntry(ReportForm.ACCOUNT, "Belle soirée.");
        assertThat(form.chosen()).containsExactly("FAMILIES");
        assertThat(form.errors()).isEmpty();
    }
}
