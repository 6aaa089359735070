package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.TrackingLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and real failures: every applicant path yields exactly its mails,
 * in the applicant's language, with a text part and escaped markup; a stopped or hanging SMTP server is retried then
 * shows an incident, and retrying it delivers one copy; a rolled-back step sends nothing; a delivery job run twice
 * sends once; a call holding its decision mails sends them when a coordinator releases them.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxIT extends PostgresIntegrationTest {

    static final String TITLE = "Comètes <b>&</b> ${7*7}";

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CallRepository calls;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    Outbox outboxService;

    @Autowired
    TrackingLinks trackingLinks;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    Proposal submitOnly(Call call, String email, String language) {
        Map<String, Object> values = submission(call, TITLE, email);
        values.put("language", language);
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        return proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
    }

    Proposal submit(Call call, String email, String language) {
        Proposal proposal = submitOnly(call, email, language);
        runJobs();
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    void complete(Proposal proposal, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    void fireTimer(Proposal proposal, String boundaryEvent) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .activityId(boundaryEvent)
                .singleResult()
                .getId());
        runJobs();
    }

    List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessagesForDomain(address));
    }

    Job deliveryJobOf(Proposal proposal) {
        String delivery = runtime.createProcessInstanceQuery()
                .processDefinitionKey(Outbox.DELIVERY_PROCESS)
                .processInstanceBusinessKey(proposal.getReference())
                .singleResult()
                .getId();
        return management.createJobQuery().processInstanceId(delivery).singleResult();
    }

    /** Runs the proposal's own jobs only: its mails wait in the outbox for their delivery jobs. */
    void runProposalJobs(Proposal proposal) {
        for (Job job = next(proposal); job != null; job = next(proposal)) {
            management.executeJob(job.getId());
        }
    }

    private Job next(Proposal proposal) {
        return management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .messages()
                .executable()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Both parts present, the HTML in the language, the applicant's title escaped there and plain in the text. */
    static void assertReadable(MimeMessage mail, String language) throws Exception {
        assertReadable(mail, language, TITLE);
    }

    static List<String> subjects(List<MimeMessage> mails) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    @Test
    void everyApplicantPathSendsExactlyItsMailsInTheApplicantsLanguage() throws Exception {
        Call call = openCall();
        String prefix = "[" + call.getTitle() + "] ";

        // English applicant: asked for information, reminded, closed without answer.
        String silent = "silent-" + call.getId() + "@example.org";
        Proposal unanswered = submit(call, silent, "en");
        complete(
                unanswered,
                "reviewerit4",
                Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "The evening's timetable."));
        fireTimer(unanswered, "BoundaryEvent_AnswerReminderDue");
        fireTimer(unanswered, "BoundaryEvent_AnswerOverdue");
        assertThat(subjects(mailsTo(silent)))
                .containsExactly(
                        prefix + "We received your proposal \"" + TITLE + "\"",
                        prefix + "Information needed for \"" + TITLE + "\"",
                        prefix + "Reminder: information needed for \"" + TITLE + "\"",
                        prefix + "Proposal \"" + TITLE + "\" closed without an answer");

        // French applicant: found ineligible, the rejection confirmed by a coordinator.
        String rejected = "rejet-" + call.getId() + "@example.org";
        Proposal ineligible = submit(call, rejected, "fr");
        complete(
                ineligible,
                "reviewerit4",
                Map.of(
                        "eligibilityDecision",
                        "INELIGIBLE",
                        "themesVerdict",
                        "FAIL",
                        "themesReason",
                        "Le projet parle de volcans."));
        complete(ineligible, "coordinatorit4", Map.of("ineligibilityConfirmation", "CONFIRMED"));
        assertThat(subjects(mailsTo(rejected)))
                .containsExactly(
                        prefix + "Nous avons bien reçu votre proposition « " + TITLE + " »",
                        prefix + "Votre proposition « " + TITLE + " » ne peut pas être retenue");

        // English applicant: eligible, then withdrawn; asks for a new tracking link on the way.
        String withdrawing = "retrait-" + call.getId() + "@example.org";
        Proposal withdrawn = submit(call, withdrawing, "en");
        complete(withdrawn, "reviewerit4", Map.of("eligibilityDecision", "ELIGIBLE"));
        trackingLinks.sendNew(withdrawn.getId());
        runJobs();
        holderActions.withdraw(withdrawn.getId());
        runJobs();
        assertThat(subjects(mailsTo(withdrawing)))
                .containsExactly(
                        prefix + "We received your proposal \"" + TITLE + "\"",
                        prefix + "Your proposal \"" + TITLE + "\" is eligible",
                        prefix + "Your new tracking link for \"" + TITLE + "\"",
                        prefix + "Withdrawal of \"" + TITLE + "\" confirmed");

        for (MimeMessage mail : mailsTo(silent)) {
            assertReadable(mail, "en");
        }
        for (MimeMessage mail : mailsTo(rejected)) {
            assertReadable(mail, "fr");
        }
        for (MimeMessage mail : mailsTo(withdrawing)) {
            assertReadable(mail, "en");
        }
        // The outbox keeps each mail as sent, its private link masked.
        List<OutboxMail> kept = outbox.findByProposalIdOrderById(withdrawn.getId());
        assertThat(kept).extracting(OutboxMail::getStatus).containsOnly(OutboxMail.Status.SENT);
        assertThat(kept.get(0).getBodyText())
                .contains("[lien de suivi personnel]")
                .doesNotContain("/suivi/");
    }

    @Test
    void aStoppedSmtpServerIsRetriedOnItsCycleThenRaisesAnIncidentAndTheRetriedIncidentSendsOneCopy(
            CapturedOutput output) throws Exception {
        Call call = openCall();
        String address = "panne-" + call.getId() + "@example.org";
        int smtpPort = mailSender.getPort();
        Job delivery;
        mailSender.setPort(closedPort());
        try {
            Proposal proposal = submitOnly(call, address, "fr");
            runProposalJobs(proposal);
            delivery = deliveryJobOf(proposal);
            int attempts = 0;
            while (delivery.getRetries() > 0) {
                String jobId = delivery.getId();
                assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("non envoyé");
                attempts++;
                delivery = management.createJobQuery().jobId(jobId).singleResult();
                if (attempts == 1) {
                    assertThat(delivery.getDuedate())
                            .as("first retry in a minute")
                            .isCloseTo(new Date(System.currentTimeMillis() + 60_000), 20_000);
                }
            }
            assertThat(attempts)
                    .as("the first try, then one retry after each of PT1M,PT5M,PT30M,PT2H,PT12H")
                    .isEqualTo(6);
            Incident incident = runtime.createIncidentQuery()
                    .processInstanceId(delivery.getProcessInstanceId())
                    .singleResult();
            assertThat(incident.getIncidentMessage())
                    .contains(
                            "Courriel n°",
                            "« acknowledgement »",
                            proposal.getReference(),
                            "non envoyé, tentative 6",
                            "ConnectException")
                    .doesNotContain(address);
            assertThat(outbox.findByProposalIdOrderById(proposal.getId()))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED))
                    .satisfies(mail -> assertThat(mail.getAttempts()).isEqualTo(6));
            assertThat(mailsTo(address)).isEmpty();

            // The failure shows on the proposal's own instance too, naming the delivery to retry.
            Incident onProposal = runtime.createIncidentQuery()
                    .incidentType("failedMail")
                    .processInstanceId(proposal.getProcessInstanceId())
                    .singleResult();
            assertThat(onProposal).isNotNull();
            assertThat(onProposal.getIncidentMessage())
                    .contains("non envoyé", delivery.getProcessInstanceId(), "Retry");
            // One line per attempt, no stack trace.
            assertThat(output.getAll().lines().filter(line -> line.contains("non envoyé, tentative")))
                    .hasSize(6);
            assertThat(output.getAll())
                    .doesNotContain("MailNotDelivered")
                    .doesNotContain("ConnectException: Connection refused\n\tat");
        } finally {
            mailSender.setPort(smtpPort);
        }
        // What Cockpit's "retry" does by default: one more try, keeping the job's due date, which is now.
        management.setJobRetries(delivery.getId(), 1);
        assertThat(management
                        .createJobQuery()
                        .jobId(delivery.getId())
                        .executable()
                        .count())
                .as("the retried job is due at once, not twelve hours after its last try")
                .isOne();
        management.executeJob(delivery.getId());
        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(delivery.getProcessInstanceId())
                        .count())
                .isZero();
        assertThat(runtime.createIncidentQuery()
                        .incidentType("failedMail")
                        .configuration(delivery.getId())
                        .count())
                .isZero();
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void theOutboxPagesRetryOfAFailedMailSendsItNowByItsOwnDelivery() throws Exception {
        Call call = openCall();
        String address = "reessai-" + call.getId() + "@example.org";
        int smtpPort = mailSender.getPort();
        Proposal proposal;
        Job delivery;
        mailSender.setPort(closedPort());
        try {
            proposal = submitOnly(call, address, "fr");
            runProposalJobs(proposal);
            delivery = deliveryJobOf(proposal);
            String jobId = delivery.getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("non envoyé");
        } finally {
            mailSender.setPort(smtpPort);
        }
        OutboxMail failed = outbox.findByProposalIdOrderById(proposal.getId()).get(0);
        assertThat(failed.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(outboxService.retryNow(failed.getId())).isTrue();
        assertThat(management
                        .createJobQuery()
                        .jobId(delivery.getId())
                        .executable()
                        .count())
                .isOne();
        management.executeJob(delivery.getId());
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox.findByProposalIdOrderById(proposal.getId()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT));
        assertThat(outboxService.retryNow(failed.getId()))
                .as("nothing left to retry")
                .isFalse();
    }

    @Test
    void aHangingSmtpServerFailsTheSendWithinTheTimeoutAndFreesTheThread() throws Exception {
        Call call = openCall();
        String address = "muet-" + call.getId() + "@example.org";
        int smtpPort = mailSender.getPort();
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silentServer = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silentServer.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            mailSender.setPort(silentServer.getLocalPort());
            Proposal proposal = submitOnly(call, address, "fr");
            runProposalJobs(proposal);
            Job delivery = deliveryJobOf(proposal);
            long started = System.nanoTime();
            assertThatThrownBy(() -> management.executeJob(delivery.getId())).hasMessageContaining("non envoyé");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(held).as("the server did accept the connection").isNotEmpty();
            assertThat(took).as("mail.smtp.timeout is 5 s").isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12));
            assertThat(outbox.findByProposalIdOrderById(proposal.getId()).get(0).getLastError())
                    .contains("timed out");

            mailSender.setPort(smtpPort);
            management.executeJob(delivery.getId());
            assertThat(mailsTo(address)).hasSize(1);
        } finally {
            mailSender.setPort(smtpPort);
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aStepRolledBackSendsNothingAndADeliveryRunTwiceSendsOnce() throws Exception {
        Call call = openCall();
        String address = "double-" + call.getId() + "@example.org";
        Proposal proposal = submitOnly(call, address, "fr");
        Job acknowledgement = management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .executable()
                .singleResult();

        // The step that decides the acknowledgement runs, then its transaction rolls back.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            management.executeJob(acknowledgement.getId());
            assertThat(outbox.findByProposalIdOrderById(proposal.getId()))
                    .as("decided within the step")
                    .hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(outbox.findByProposalIdOrderById(proposal.getId())).isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(Outbox.DELIVERY_PROCESS)
                        .processInstanceBusinessKey(proposal.getReference())
                        .count())
                .isZero();
        assertThat(mailsTo(address)).isEmpty();

        // Done for real, then its delivery job run twice at once, in a fixed order rather than a race: the first run
        // sends and keeps its transaction open; the second starts then, finds the mail sent, and waits on the first's
        // lock of the job until the first commits, then fails on the job the first removed. One mail, whatever the
        // timing.
        runProposalJobs(proposal);
        Job delivery = deliveryJobOf(proposal);
        CountDownLatch firstSent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            management.executeJob(delivery.getId());
            firstSent.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        first.start();
        assertThat(firstSent.await(30, TimeUnit.SECONDS))
                .as("the first run sent")
                .isTrue();
        AtomicReference<Exception> secondRun = new AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                management.executeJob(delivery.getId());
            } catch (Exception expected) {
                secondRun.set(expected);
            }
        });
        second.start();
        awaitAWaitingLock();
        release.countDown();
        first.join(30_000);
        second.join(30_000);
        assertThat(secondRun.get())
                .as("the second run lost the job to the first")
                .isNotNull();
        assertThat(mailsTo(address)).hasSize(1);
        // And a replayed delivery of the same row (a restarted process instance) finds it sent.
        OutboxMail mail = outbox.findByProposalIdOrderById(proposal.getId()).get(0);
        runtime.startProcessInstanceByKey(Outbox.DELIVERY_PROCESS, Map.of(Outbox.OUTBOX_MAIL_ID, mail.getId()));
        runJobs();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    /** Until a session of this database waits for a lock another holds: the second run queued behind the first. */
    private void awaitAWaitingLock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where datname = current_database() "
                            + "and wait_event_type = 'Lock'",
                    Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The second delivery never waited for the first one's lock");
    }

    @Test
    void aCallHoldingItsDecisionMailsSendsThemOnceACoordinatorReleasesThem() throws Exception {
        Call call = openCall(settings -> settings.setHoldDecisionMails(true));
        String address = "retenu-" + call.getId() + "@example.org";
        Proposal proposal = submit(call, address, "fr");
        complete(proposal, "reviewerit4", Map.of("eligibilityDecision", "ELIGIBLE"));
        assertThat(mailsTo(address)).as("the acknowledgement only").hasSize(1);
        OutboxMail held = outbox.findByProposalIdOrderById(proposal.getId()).get(1);
        assertThat(held.getStatus()).isEqualTo(OutboxMail.Status.HELD);

        outboxService.release(held.getId());
        runJobs();
        assertThat(subjects(mailsTo(address))).last().asString().contains("est éligible");
        outboxService.resend(held.getId());
        runJobs();
        assertThat(mailsTo(address)).as("a resend is a new mail").hasSize(3);
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The call's own delays: its information reminder and check due date, and the deadline reminder that goes only to
     * holders still owing information, once.
     */
    @Test
    void aCallsOwnDelaysDriveItsRemindersAndTheDeadlineReminderGoesToIncompleteProposalsOnly() throws Exception {
        Call call = openCall(
                settings -> settings.setDelays(Period.ofDays(5), Period.ofDays(2), Period.ofDays(4), Period.ofDays(3)));
        String incomplete = "incomplet-" + call.getId() + "@example.org";
        String complete = "retenu-" + call.getId() + "-delais@example.org";
        Proposal waiting = submit(call, incomplete, "fr");
        Proposal eligible = submit(call, complete, "en");
        Task check = tasks.createTaskQuery()
                .processInstanceId(waiting.getProcessInstanceId())
                .singleResult();
        assertThat(check.getDueDate())
                .as("due after the call's 3 days")
                .isCloseTo(
                        new Date(System.currentTimeMillis() + Duration.ofDays(3).toMillis()), 60_000);
        complete(
                waiting,
                "reviewerit4",
                Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "Le nombre de places."));
        complete(eligible, "reviewerit4", Map.of("eligibilityDecision", "ELIGIBLE"));
        Job reminder = management
                .createJobQuery()
                .processInstanceId(waiting.getProcessInstanceId())
                .activityId("BoundaryEvent_AnswerReminderDue")
                .singleResult();
        assertThat(reminder.getDuedate())
                .as("the call's 2 days")
                .isCloseTo(
                        new Date(System.currentTimeMillis() + Duration.ofDays(2).toMillis()), 60_000);

        Job deadlineReminder = management
                .createJobQuery()
                .processInstanceId(call.getProcessInstanceId())
                .timers()
                .singleResult();
        assertThat(deadlineReminder.getDuedate().toInstant())
                .isEqualTo(
                        call.getDeadline().toInstant().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MILLIS));
        management.executeJob(deadlineReminder.getId());
        runJobs();
        assertThat(subjects(mailsTo(incomplete)))
                .last()
                .asString()
                .isEqualTo("[" + call.getTitle() + "] Date limite proche : « " + TITLE + " » attend vos informations");
        assertThat(part(mailsTo(incomplete).get(mailsTo(incomplete).size() - 1), "text/plain"))
                .contains("Le nombre de places.", "/suivi/");
        assertThat(mailsTo(complete)).as("acknowledgement and eligibility only").hasSize(2);
    }
}
