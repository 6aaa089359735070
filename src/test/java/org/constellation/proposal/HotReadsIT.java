package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.JdbcRowCounter;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worst input a person can send, every box of the form ticked, read back by the queries every step runs: the rows
 * read add up the boxes, they never multiply them (issue 13: five eager collections joined in one query made a single
 * proposal millions of rows). Counted at the JDBC level, so no mapping can hide them.
 */
class HotReadsIT extends PostgresIntegrationTest {

    static final List<String> THEMES =
            List.of("astronomy", "space-exploration", "imagination", "history", "creation", "applications");

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TransactionTemplate transactions;

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void aProposalWithEveryBoxTickedReadsRowsThatAddUp() {
        Call call = openCall(c -> {
            THEMES.stream().skip(1).forEach(code -> c.getThemes().add(new CallTheme(code, "Thème " + code)));
            c.getCriteria().add(new Criterion(Criterion.Kind.BONUS, "voice", "Voix du public"));
        });
        Map<String, Object> values = submission(call, "Tout est coché", "coche-" + call.getId() + "@example.org");
        values.put("kind", "CONTRIBUTION");
        values.put("themes", THEMES);
        values.put("audiences", names(Audience.values()));
        values.put("needs", names(AccompanimentNeed.values()));
        values.put("offers", names(OfferType.values()));
        values.put("offerDescription", "Une salle, une exposition, des bénévoles.");
        values.put("roomCapacity", "80");
        values.put("bonusCriteria", List.of("network", "voice"));
        int boxes = THEMES.size()
                + Audience.values().length
                + AccompanimentNeed.values().length
                + OfferType.values().length
                + 2;
        int callRows = THEMES.size() + 2 + 2 + 1;

        Long[] id = new Long[1];
        long submission = JdbcRowCounter.rowsReadBy(() -> id[0] = proposalService
                .submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH)
                .getId());
        long steps = JdbcRowCounter.rowsReadBy(this::runJobs);
        int[] read = new int[1];
        long proposal = JdbcRowCounter.rowsReadBy(() -> transactions.executeWithoutResult(status -> {
            Proposal p = proposals.findById(id[0]).orElseThrow();
            read[0] = p.getThemes().size()
                    + p.getAudiences().size()
                    + p.getNeeds().size()
                    + p.getOffers().size()
                    + p.getBonusCriteria().size();
            read[0] +=
                    p.getCall().getThemes().size() + p.getCall().getTerritory().size();
        }));
        System.out.printf(
                "Rows read: submission %d, first steps %d, proposal %d (boxes %d)%n",
                submission, steps, proposal, boxes);

        assertThat(read[0]).isEqualTo(boxes + THEMES.size() + 2);
        // The proposal, its organisation and call, one row per box and per item of the call, a status change or two.
        assertThat(proposal).isLessThanOrEqualTo(boxes + callRows + 10);
        // The submission and the first steps (rules, work sharing, acknowledgement) read the proposal several times.
        assertThat(submission).isLessThan(200);
        assertThat(steps).isLessThan(1_000);
    }
}
