package org.constellation.coordination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.WrittenDates;

/**
 * A table as a spreadsheet takes it: a header, then rows whose cells are texts, numbers, days ({@link LocalDate}) or
 * moments already in Paris time ({@link LocalDateTime}), null where there is nothing. Written as CSV (days and moments
 * as French dates, through {@link CsvTable}: byte order mark, semicolons, inert cells) or as an XLSX workbook streamed
 * row by row (days and moments as date cells, numbers as numbers, a bold frozen header with a filter over the whole
 * table, each column as wide as its content up to {@link #WIDEST} characters, longer texts wrapped). Plain Java,
 * {@code CommitteeTableTest}; {@link CaseExport} fills it with the cases of a call.
 */
record CommitteeTable(List<String> header, List<List<Object>> rows) {

    /** The widest a column is made, in characters: longer texts wrap within it. */
    static final int WIDEST = 60;
    /** The narrowest, so that a short column still shows its header's filter button. */
    static final int NARROWEST = 8;
    /** What a header needs besides its text: bold letters and the filter's button. */
    static final int HEADER_MARGIN = 3;

    static final String SHEET = "Dossiers";
    /** The rows the streamed workbook keeps in memory; the others wait in its temporary file (SpreadsheetTempFiles). */
    private static final int ROWS_IN_MEMORY = 100;
    /** The longest text a cell of a workbook holds. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** The table as CSV: days as 31/12/2027, moments as 31/12/2027 20:30, numbers as they are. */
    String csv() {
        return CsvTable.write(
                header,
                rows.stream()
                        .map(row -> row.stream().map(CommitteeTable::written).toList())
                        .toList());
    }

    /** A cell as the CSV writes it. */
    static Object written(Object value) {
        if (value instanceof LocalDateTime moment) {
            return WrittenDates.SHORT_MOMENT.format(moment);
        }
        if (value instanceof LocalDate day) {
            return WrittenDates.SHORT_DAY.format(day);
        }
        return value;
    }

    /** The table as an XLSX workbook of one sheet. */
    byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int[] widths = widths();
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            Row head = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                Cell cell = head.createCell(column);
                cell.setCellValue(header.get(column));
                cell.setCellStyle(styles.header);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
            for (int line = 0; line < rows.size(); line++) {
                Row row = sheet.createRow(line + 1);
                List<Object> values = rows.get(line);
                for (int column = 0; column < values.size(); column++) {
                    write(row, column, values.get(column), styles);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int column, Object value, Styles styles) {
        if (value == null || "".equals(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.moment);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.day);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.plain);
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
            cell.setCellStyle(wraps(value) ? styles.wrapped : styles.plain);
        }
    }

    /**
     * Each column's width in characters: that of its header (with {@link #HEADER_MARGIN}) or of its widest cell, plus
     * one, from {@link #NARROWEST} to {@link #WIDEST}. Computed here: a streamed sheet cannot size its columns itself.
     */
    int[] widths() {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(header.get(column)) + HEADER_MARGIN;
        }
        for (List<Object> row : rows) {
            for (int column = 0; column < Math.min(row.size(), widths.length); column++) {
                widths[column] = Math.max(widths[column], width(row.get(column)) + 1);
            }
        }
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Math.max(NARROWEST, Math.min(WIDEST, widths[column]));
        }
        return widths;
    }

    /** The characters a cell takes: a day ten, a moment sixteen, a text or a number its longest line. */
    static int width(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDateTime) {
            return 16;
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        String text = value.toString();
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            line = text.charAt(i) == '\n' ? 0 : line + 1;
            widest = Math.max(widest, line);
        }
        return widest;
    }

    /** A text wraps when it is wider than the widest column, or has several lines. */
    static boolean wraps(Object value) {
        return value instanceof String text && (text.length() > WIDEST || text.indexOf('\n') >= 0);
    }

    /** The workbook's styles, made once for all its cells (a workbook holds a limited number of them). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle day;
        final CellStyle moment;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = style(workbook, true);
            header.setFont(bold);
            plain = style(workbook, false);
            wrapped = style(workbook, true);
            DataFormat formats = workbook.createDataFormat();
            day = style(workbook, false);
            day.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            moment = style(workbook, false);
            moment.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
        }

        /** Cells at the top of their row, which a wrapped text makes taller. */
        private static CellStyle style(Workbook workbook, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(wrap);
            return style;
        }
    }
}
