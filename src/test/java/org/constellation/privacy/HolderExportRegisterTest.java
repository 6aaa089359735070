package org.constellation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.Test;

/**
 * The register's promise to the holder against the export's shape ({@link HolderData.Export}): each row of « What the
 * holder reads » leads somewhere in the export, and each column of the first processing (what the applicant gave and
 * what the team wrote about it, all of which they read) has its row. ProposalJourneyIT reads the same rows on a case.
 */
class HolderExportRegisterTest {

    private static final Pattern COLUMN = Pattern.compile("`([a-z_]+\\.[a-z_]+)`");

    @Test
    void everyRowLeadsToAFieldOfTheExport() throws IOException {
        List<HolderExportRegister.Row> rows = HolderExportRegister.rows();
        assertThat(rows).as("the rows of « What the holder reads »").isNotEmpty();
        for (HolderExportRegister.Row row : rows) {
            if (row.path() != null) {
                assertThat(missing(row.path()))
                        .as(row.column() + " at " + row.path())
                        .isNull();
            }
        }
    }

    @Test
    void everyColumnOfTheFirstProcessingHasItsRow() throws IOException {
        String register = Files.readString(HolderExportRegister.REGISTER);
        int start = register.indexOf("\n## 1. ");
        assertThat(start).as("the first processing of the register").isNotNegative();
        Matcher column = COLUMN.matcher(register.substring(start, register.indexOf("\n## ", start + 1)));
        Set<String> columns = new TreeSet<>();
        while (column.find()) {
            columns.add(column.group(1));
        }
        assertThat(columns).as("a sure catch").contains("proposal.contact_email");
        assertThat(HolderExportRegister.rows())
                .extracting(HolderExportRegister.Row::column)
                .containsAll(columns);
    }

    @Test
    void aPathTheExportLacksIsFound() {
        assertThat(missing("/eligibility/*/criteria/*/overrideReason")).isNull();
        assertThat(missing("/eligibility/*/reviewer")).contains("reviewer");
        assertThat(missing("/submitted/website")).contains("website");
        assertThat(missing("/reference/text")).contains("text");
    }

    /**
     * Walks the export's records as Jackson writes them (a record's components by name, {@code *} into a list's items,
     * the submitted values by form field): null where the path leads somewhere, else the step that leads nowhere.
     */
    private static String missing(String path) {
        Type type = HolderData.Export.class;
        for (String step : path.substring(1).split("/")) {
            Class<?> raw = type instanceof ParameterizedType parameterized
                    ? (Class<?>) parameterized.getRawType()
                    : (Class<?>) type;
            if ("*".equals(step) && List.class.isAssignableFrom(raw)) {
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
            } else if (Map.class.isAssignableFrom(raw) && ProposalSubmission.FIELDS.contains(step)) {
                type = Object.class;
            } else if (raw.isRecord()
                    && Arrays.stream(raw.getRecordComponents())
                            .anyMatch(c -> c.getName().equals(step))) {
                type = Arrays.stream(raw.getRecordComponents())
                        .filter(c -> c.getName().equals(step))
                        .findFirst()
                        .map(RecordComponent::getGenericType)
                        .orElseThrow();
            } else {
                return step + " (in " + raw.getSimpleName() + ")";
            }
        }
        return null;
    }
}
