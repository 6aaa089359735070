package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.constellation.workflow.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommitteeTableTest {

    static final String LONG =
            "Une soirée d'observation aux télescopes dans le parc. ".repeat(5).strip();
    static final LocalDate START = LocalDate.of(2027, 10, 12);
    static final LocalDateTime DECIDED = LocalDateTime.of(2027, 3, 1, 9, 5);

    /** The workbook streams through a temporary folder of this JVM's own, as the application's does. */
    @BeforeAll
    static void temporaryFiles() throws IOException {
        new SpreadsheetTempFiles();
    }

    static CommitteeTable table() {
        return new CommitteeTable(
                List.of("Référence", "Date de début prévue", "Décidée le", "Jours", "Description détaillée", "Lieu"),
                List.of(
                        Arrays.<Object>asList("AB-12", START, DECIDED, 12L, LONG, null),
                        Arrays.<Object>asList("CD-345678", null, null, 3, "Première ligne\nSeconde", "")));
    }

    @Test
    void eachColumnIsAsWideAsItsHeaderOrItsWidestCellWithinBounds() {
        // Référence: its header and the filter's button (9 + 3); a day (10 + 1) under a longer header; a moment (16 +
        // 1);
        // short numbers under a short header: the narrowest; a long text: the widest; nothing under « Lieu »: the
        // narrowest.
        assertThat(table().widths())
                .containsExactly(12, 23, 17, CommitteeTable.NARROWEST, CommitteeTable.WIDEST, CommitteeTable.NARROWEST);
        assertThat(CommitteeTable.width("Première ligne\nSeconde"))
                .as("its longest line")
                .isEqualTo(14);
        assertThat(CommitteeTable.width(START)).isEqualTo(10);
        assertThat(CommitteeTable.width(DECIDED)).isEqualTo(16);
        assertThat(CommitteeTable.width(null)).isZero();
        assertThat(CommitteeTable.wraps(LONG)).isTrue();
        assertThat(CommitteeTable.wraps("Première ligne\nSeconde")).isTrue();
        assertThat(CommitteeTable.wraps("AB-12")).isFalse();
        assertThat(CommitteeTable.wraps(START)).isFalse();
    }

    @Test
    void theCsvWritesDaysAndMomentsAsFrenchDatesAndNumbersAsThemselves() throws Exception {
        assertThat(CommitteeTable.written(START)).isEqualTo("12/10/2027");
        assertThat(CommitteeTable.written(DECIDED)).isEqualTo("01/03/2027 09:05");
        assertThat(CommitteeTable.written(12L)).isEqualTo(12L);
        String csv = table().csv();
        assertThat(csv).startsWith(CsvTable.BYTE_ORDER_MARK + "Référence;Date de début prévue;Décidée le");
        List<CSVRecord> read = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("Date de début prévue")).isEqualTo("12/10/2027");
        assertThat(read.get(0).get("Décidée le")).isEqualTo("01/03/2027 09:05");
        assertThat(read.get(0).get("Jours")).isEqualTo("12");
        assertThat(read.get(1).get("Description détaillée")).isEqualTo("Première ligne\nSeconde");
        assertThat(read.get(1).get("Date de début prévue")).isEmpty();
    }

    @Test
    void theWorkbookHasDateCellsNumbersAFrozenBoldHeaderAFilterWidthsAndWrappedTexts() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table().xlsx()))) {
            XSSFSheet sheet = workbook.getSheet(CommitteeTable.SHEET);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
            XSSFCell header = sheet.getRow(0).getCell(0);
            assertThat(header.getStringCellValue()).isEqualTo("Référence");
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();

            Cell start = sheet.getRow(1).getCell(1);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(start.getLocalDateTimeCellValue()).isEqualTo(START.atStartOfDay());
            Cell decided = sheet.getRow(1).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(decided)).isTrue();
            assertThat(decided.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(decided.getLocalDateTimeCellValue()).isEqualTo(DECIDED);
            Cell days = sheet.getRow(1).getCell(3);
            assertThat(days.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(days)).isFalse();
            assertThat(days.getNumericCellValue()).isEqualTo(12.0);

            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getWrapText())
                    .as("a long text")
                    .isTrue();
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getWrapText())
                    .as("several lines")
                    .isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isFalse();
            assertThat(sheet.getRow(1).getCell(5)).as("nothing, no cell").isNull();
            assertThat(sheet.getRow(2).getCell(5)).as("an empty text, no cell").isNull();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(12 * 256);
            assertThat(sheet.getColumnWidth(4)).isEqualTo(CommitteeTable.WIDEST * 256);
        }
    }
}
