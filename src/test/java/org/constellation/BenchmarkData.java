package org.constellation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' volume, written by SQL in seconds rather than submitted for an hour: copies of the demo call's first
 * proposal (references B-000001…, a holder's address each), with its themes and audiences.
 */
public final class BenchmarkData {

    public static final String DEMO_CALL = "environnement-et-biodiversite";

    private BenchmarkData() {}

    /** {@code count} copies in state {@code status}, created over the last 60 days; returns the demo call's id. */
    public static long copiesOfTheDemoProposal(Connection db, int count, String status) throws SQLException {
        try (Statement sql = db.createStatement()) {
            ResultSet call = sql.executeQuery("select id from call_for_participation where slug = '" + DEMO_CALL + "'");
            call.next();
            long callId = call.getLong(1);
            ResultSet template = sql.executeQuery("select min(id) from proposal where call_id = " + callId);
            template.next();
            long proposal = template.getLong(1);
            List<String> columns = new ArrayList<>();
            ResultSet names = sql.executeQuery("select column_name from information_schema.columns where table_name = "
                    + "'proposal' and column_name not in ('id', 'reference', 'submission_key', 'process_instance_id', "
                    + "'created_at', 'status', 'renewed_from_id', 'contact_email')");
            while (names.next()) {
                columns.add(names.getString(1));
            }
            String copied = String.join(", ", columns);
            sql.execute("insert into proposal (" + copied + ", reference, created_at, status, contact_email) select "
                    + copied + ", 'B-' || lpad(g::text, 6, '0'), now() - (g % 60) * interval '1 day', '" + status
                    + "', "
                    + "'porteur-' || g || '@banc.example.org' from proposal, generate_series(1, " + count
                    + ") g where id = "
                    + proposal);
            for (String collection : List.of("proposal_theme", "proposal_audience")) {
                sql.execute("insert into " + collection + " select p.id, t." + columnAfterId(db, collection) + " from "
                        + "proposal p, " + collection + " t where p.reference like 'B-%' and t.proposal_id = "
                        + proposal);
            }
            return callId;
        }
    }

    private static String columnAfterId(Connection db, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns where "
                + "table_name = ? and column_name <> 'proposal_id' order by ordinal_position")) {
            query.setString(1, table);
            ResultSet names = query.executeQuery();
            List<String> found = new ArrayList<>();
            while (names.next()) {
                found.add(names.getString(1));
            }
            return String.join(", t.", found);
        }
    }
}
