package org.constellation.proposal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.constellation.workflow.SearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The search text (V19) of the proposals already there, written as the application writes it for each new one: the text
 * is Java's (SearchText), which no SQL that PostgreSQL and H2 both run would repeat exactly. A bean, which Spring Boot
 * hands to Flyway (its name is its version), so that no class scanning of the packaged jar is needed.
 */
@Component
class V20__Proposal_search_text extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("select p.id, p.reference, p.title, o.name from proposal p "
                        + "left join organisation o on o.id = p.organisation_id");
                PreparedStatement write = db.prepareStatement("update proposal set search_text = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchText.ofParts(rows.getString(2), rows.getString(3), rows.getString(4)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
        try (Statement constraint = db.createStatement()) {
            constraint.execute("alter table proposal alter column search_text set not null");
        }
    }
}
