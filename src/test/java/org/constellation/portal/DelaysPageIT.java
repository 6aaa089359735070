package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.proposal.CallStepTimes;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.StepTimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A call's public delays: computed from the histories in SQL, the same as the rules read them, and rate-limited. */
class DelaysPageIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CallStepTimes stepTimes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    List<Proposal> submitted(Call call, int count) {
        List<Proposal> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(proposalService.submit(
                    ProposalSubmission.fromFormValues(
                            submission(call, "Délai " + i, "delai-" + call.getId() + "-" + i + "@example.org")),
                    Locale.FRENCH));
        }
        return all;
    }

    @Test
    void aCallWithFewDecisionsSaysSoInsteadOfFailing() throws Exception {
        Call call = openCall(c -> c.setPublishesDelays(true));
        submitted(call, 2);
        HttpResponse<String> page = new PortalClient(port, "10.79.0.1").get("/appels/" + call.getSlug() + "/delais");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Pas encore assez de propositions étudiées (5 au moins)", "Chiffres calculés le");
        HttpResponse<String> english =
                new PortalClient(port, "10.79.0.2").get("/appels/" + call.getSlug() + "/delais?lang=en");
        assertThat(english.body()).contains("Not enough proposals reviewed yet (5 at least)", "Figures computed on");
    }

    /** Random histories, with steps entered twice, ended cases and stays still running: SQL and the rules agree. */
    @Test
    void theFiguresReadInOneQueryAreTheRulesFigures() {
        Call call = openCall(c -> c.setPublishesDelays(true));
        List<Proposal> cases = submitted(call, 14);
        OffsetDateTime start = OffsetDateTime.now(PARIS).minusDays(90);
        Random random = new Random(26);
        List<ProposalStatus> path = List.of(
                ProposalStatus.ELIGIBILITY_CHECK,
                ProposalStatus.INFORMATION_REQUESTED,
                ProposalStatus.ELIGIBILITY_CHECK,
                ProposalStatus.ACCOMPANIMENT,
                ProposalStatus.MATCHING,
                ProposalStatus.AWAITING_FORUM,
                ProposalStatus.PUBLISHED);
        for (Proposal proposal : cases) {
            jdbc.update("delete from proposal_status_change where proposal_id = ?", proposal.getId());
            OffsetDateTime at = start.plusHours(random.nextInt(200));
            jdbc.update(
                    "insert into proposal_status_change (proposal_id, status, changed_at) values (?, ?, ?)",
                    proposal.getId(),
                    "SUBMITTED",
                    Timestamp.from(at.toInstant()));
            int steps = random.nextInt(path.size() + 1);
            for (int i = 0; i < steps; i++) {
                at = at.plusHours(1 + random.nextInt(400));
                jdbc.update(
                        "insert into proposal_status_change (proposal_id, status, changed_at) values (?, ?, ?)",
                        proposal.getId(),
                        (i == 2 && random.nextBoolean() ? ProposalStatus.INELIGIBLE : path.get(i)).name(),
                        Timestamp.from(at.toInstant()));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(PARIS);
        CallStepTimes.Figures figures = stepTimes.of(call.getId(), now);
        List<List<StepTimes.Change>> histories =
                transactions.execute(status -> proposals.findByCallIdOrderById(call.getId()).stream()
                        .map(StepTimes::of)
                        .toList());
        assertThat(figures.decided())
                .isEqualTo(histories.stream().filter(StepTimes::decided).count())
                .isPositive();
        Map<ProposalStatus, Duration[]> expected = StepTimes.percentiles(histories, now);
        assertThat(figures.percentiles().keySet()).isEqualTo(expected.keySet());
        expected.forEach((step, durations) ->
                assertThat(figures.percentiles().get(step)).as(step.name()).containsExactly(durations));
    }

    @Test
    void aCrowdFromOneAddressIsToldToWait() throws Exception {
        Call call = openCall(c -> c.setPublishesDelays(true));
        PortalClient crowd = new PortalClient(port, "10.79.1.1");
        for (int i = 0; i < 30; i++) {
            assertThat(crowd.get("/appels/" + call.getSlug() + "/delais").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = crowd.get("/appels/" + call.getSlug() + "/delais");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(new PortalClient(port, "10.79.1.2")
                        .get("/appels/" + call.getSlug() + "/delais")
                        .statusCode())
                .as("another visitor")
                .isEqualTo(200);
    }
}
