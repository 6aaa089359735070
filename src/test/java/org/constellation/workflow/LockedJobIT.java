package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.constellation.PostgresIntegrationTest;
import org.constellation.TestDatabase;
import org.constellation.notification.MailComposer;
import org.constellation.notification.MailTemplate;
import org.constellation.notification.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node died (or lost its database connection) while it held a job's lock: with the production job settings and the
 * job executor running, on the real clock, the job runs again on the node that is left within two minutes, and its mail
 * leaves once. A database of its own, and a context closed after the class, so that this job executor works on nothing
 * of the other tests'.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LockedJobIT extends PostgresIntegrationTest {

    @DynamicPropertySource
    static void runningJobExecutor(DynamicPropertyRegistry registry) {
        registry.add("constellation.it.database", () -> TestDatabase.created("constellation_jobs_it"));
        registry.add("camunda.bpm.job-execution.enabled", () -> "true");
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aJobWhoseNodeDiedRunsAgainWithinTwoMinutes() throws Exception {
        ClockUtil.reset();
        long lockTime = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor()
                .getLockTimeInMillis();
        assertThat(lockTime).as("the production setting").isEqualTo(60_000);
        String address = "noeud-mort-" + System.nanoTime() + "@example.org";
        // The mail and its delivery job, locked as a node locks it, in one transaction: the live node never sees it
        // free.
        long lockedAt = System.currentTimeMillis();
        Long mailId = transactions.execute(status -> {
            outbox.queuePrepared(
                    MailTemplate.TASK_ASSIGNED,
                    null,
                    null,
                    address,
                    "fr",
                    new MailComposer.ComposedMail("Relais", "<p>Relais</p>", "Relais", null, null),
                    "relais:" + address);
            Long id = jdbc.queryForObject("select id from outbox_mail where recipient = ?", Long.class, address);
            int locked = jdbc.update(
                    "update act_ru_job set lock_owner_ = 'noeud-mort', lock_exp_time_ = ? where "
                            + "process_instance_id_ = (select proc_inst_id_ from act_ru_variable where name_ = 'outboxMailId' and "
                            + "long_ = ?)",
                    new Timestamp(lockedAt + lockTime),
                    id);
            assertThat(locked).isOne();
            return id;
        });

        long deadline = lockedAt + Duration.ofMinutes(2).toMillis();
        String status = null;
        while (System.currentTimeMillis() < deadline) {
            status = jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, mailId);
            if ("SENT".equals(status)) {
                break;
            }
            Thread.sleep(1_000);
        }
        long waited = System.currentTimeMillis() - lockedAt;
        assertThat(status).as("after %d s", waited / 1000).isEqualTo("SENT");
        assertThat(waited).as("not before the dead node's lock expired").isGreaterThanOrEqualTo(lockTime);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(Arrays.stream(received).map(mail -> {
                    try {
                        return mail.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .as("once")
                .containsExactly("Relais");
    }
}
