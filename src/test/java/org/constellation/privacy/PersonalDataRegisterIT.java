package org.constellation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.PostgresIntegrationTest;
import org.constellation.workflow.PersonalDataHistoryPlugin;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/register-of-processing.md against the schema Flyway built: a column named like personal data (a name, an
 * address, free text, a token...) is either in a processing of the register or among its columns that only look
 * personal; what the register names exists; and the variables kept out of the engine's history are listed.
 */
class PersonalDataRegisterIT extends PostgresIntegrationTest {

    private static final Path REGISTER = Path.of("docs", "register-of-processing.md");
    private static final Pattern COLUMN = Pattern.compile("`([a-z_]+)\\.([a-z_]+)`");
    private static final Pattern LOOKS_PERSONAL = Pattern.compile("name|mail|phone|contact|address|recipient|answer"
            + "|correction|note|body|author|person|_by$|owner|organiser|partners|registration|reason|description|summary"
            + "|token|key$|script|message");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegisterListsEveryColumnThatMayHoldPersonalDataAndOnlyColumnsThatExist() throws Exception {
        String register = Files.readString(REGISTER);
        Set<String> listed = new TreeSet<>();
        Matcher column = COLUMN.matcher(register);
        while (column.find()) {
            listed.add(column.group(1) + "." + column.group(2));
        }
        List<String> schema = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns "
                        + "where table_schema = current_schema() and table_name not like 'act\\_%'",
                String.class);
        Set<String> looksPersonal = new TreeSet<>();
        for (String name : schema) {
            if (LOOKS_PERSONAL.matcher(name.substring(name.indexOf('.') + 1)).find()) {
                looksPersonal.add(name);
            }
        }
        assertThat(looksPersonal).as("a sure catch: the applicant's contact").contains("proposal.contact_email");
        assertThat(listed)
                .as("columns the register must place (docs/register-of-processing.md)")
                .containsAll(looksPersonal);
        assertThat(schema).as("columns the register names").containsAll(listed);
    }

    @Test
    void theRegisterListsTheVariablesKeptOutOfTheEnginesHistory() throws Exception {
        String register = Files.readString(REGISTER);
        for (String variable : PersonalDataHistoryPlugin.PERSONAL_VARIABLES) {
            assertThat(register).as(variable).contains("`" + variable + "`");
        }
        assertThat(register).contains("`" + ProcessVariables.FOLLOW_UP_PERSON + "`");
    }
}
