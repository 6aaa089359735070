package org.constellation.subsidy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.constellation.funding.Amounts;
import org.constellation.workflow.CsvTable;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's payments as the accounting software imports them ({@link CsvTable}): the award's reference, the beneficiary
 * and its SIRET, the kind of payment in words, the amount in euros with a point (5000.00), the day (ISO, in Paris) and
 * the finance department's reference; sums to recover among them, in their kind. Oldest first, in one query.
 */
@Component
public class PaymentList {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    public PaymentList(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public String csv(Long callId) {
        List<List<Object>> rows = jdbc.query(
                "select a.reference, o.name, o.siret, fp.kind, fp.amount, fp.confirmed_at, fp.reference"
                        + " from funding_payment fp join proposal p on p.id = fp.proposal_id"
                        + " join organisation o on o.id = p.organisation_id"
                        + " left join funding_award a on a.proposal_id = fp.proposal_id"
                        + " where p.call_id = ? order by fp.confirmed_at, fp.id",
                (row, n) -> List.<Object>of(
                        text(row.getString(1)),
                        text(row.getString(2)),
                        text(row.getString(3)),
                        words("payment.kind." + PaymentKind.valueOf(row.getString(4))),
                        Amounts.euros(row.getLong(5)).toPlainString(),
                        ParisTime.of(row.getObject(6, OffsetDateTime.class))
                                .toLocalDate()
                                .toString(),
                        text(row.getString(7))),
                callId);
        return CsvTable.write(
                List.of(
                        words("payment.csv.reference"),
                        words("payment.csv.beneficiary"),
                        words("payment.csv.siret"),
                        words("payment.csv.kind"),
                        words("payment.csv.amount"),
                        words("payment.csv.date"),
                        words("payment.csv.paymentReference")),
                rows);
    }

    /** An empty cell for what is not known (no reference for a sum to recover, a name erased). */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String words(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
