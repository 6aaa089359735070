package org.constellation.workflow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the product writes for people to open in a spreadsheet: UTF-8 with a byte order mark (so that the
 * accents show), semicolons as French spreadsheets expect, and every text cell inert. A cell that starts with =, +, -
 * or @ (or their full-width forms, or a tab or a carriage return) would be run as a formula, which can read other cells
 * and send them away (OWASP, CSV injection); such a cell gets a leading apostrophe, as spreadsheets mark text
 * themselves. Numbers stay numbers.
 */
public final class CsvTable {

    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvTable() {}

    public static String write(List<String> header, List<? extends List<?>> rows) {
        return BYTE_ORDER_MARK + print(CSVFormat.EXCEL.builder().setDelimiter(';'), header, rows);
    }

    /**
     * The same rows in the shape the open-data schemas ask (SCDL, schema.data.gouv.fr): RFC 4180, commas, lines ended
     * by CRLF, UTF-8 without a byte order mark, which their validators read as is. Text cells stay inert all the same:
     * such a file is opened in spreadsheets too.
     */
    public static String writeRfc4180(List<String> header, List<? extends List<?>> rows) {
        return print(CSVFormat.RFC4180.builder(), header, rows);
    }

    private static String print(CSVFormat.Builder format, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, format.setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvTable::inert).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as a spreadsheet must show it: text that would start a formula is marked as text. */
    static Object inert(Object cell) {
        return cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                ? "'" + text
                : cell;
    }
}
