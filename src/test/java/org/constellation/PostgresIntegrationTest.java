package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallLifecycle;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.call.Criterion;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.call.UmbrellaEvent;
import org.constellation.programme.Accessibility;
import org.constellation.programme.AttendanceMode;
import org.constellation.programme.EntryDetails;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.programme.SharedCalendarIT;
import org.constellation.programme.Timing;
import org.constellation.proposal.HolderActions;
import org.constellation.proposal.ProposalCorrections;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application as production runs it (postgres profile, environment-style settings) against a real PostgreSQL and a
 * real SMTP server in this JVM (GreenMail). The job executor is off: tests run jobs themselves, in order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "SMTP_HOST=127.0.0.1",
            "SMTP_PORT=3025",
            "CONSTELLATION_ADMIN_PASSWORD=Orbite-Sure-2026!",
            "CONSTELLATION_SIGNING_KEY=une-cle-de-signature-commune-aux-noeuds",
            "CONSTELLATION_PUBLIC_BASE_URL=https://constellation.example.org",
            "camunda.bpm.job-execution.enabled=false",
            // Tests call the staff reminders themselves rather than race the schedule.
            "constellation.notification.scheduled=false",
            "constellation.retention.scheduled=false",
            // The SMTP sink's own log names every mailbox it creates: it is the tests' server, not the application's
            // log.
            "logging.level.com.icegreen.greenmail=WARN",
            // Forms sent back sooner are a robot's: short for tests that fill forms as fast as code can, long enough
            // that an
            // immediate POST on a loaded machine still counts as too fast.
            "constellation.portal.minimum-fill-time=PT2S"
        })
@ActiveProfiles("postgres")
@Import(JdbcRowCounter.class)
public abstract class PostgresIntegrationTest {

    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** How long a person takes to fill a form, in these tests: just over the minimum fill time. */
    protected static final long FILLING_MILLIS = 2100;

    /**
     * A person takes a moment to fill a form: the application's clock (the engine's, ClockUtil) moves on by that much,
     * still running, instead of the test waiting for it.
     */
    protected static void timeToFillTheForm() {
        ClockUtil.offset(ClockUtil.now().getTime() - System.currentTimeMillis() + FILLING_MILLIS);
    }

    @AfterEach
    protected void realTime() {
        ClockUtil.reset();
    }

    private static final AtomicInteger CALLS = new AtomicInteger();

    @RegisterExtension
    protected static GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    protected static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        // One season has a shared CalDAV calendar: a collection of the Radicale server .ci/run starts, new for each
        // run.
        registry.add(
                "constellation.programme.shared-calendars." + SharedCalendarIT.SEASON + ".url",
                () -> SharedCalendarIT.COLLECTION);
        registry.add(
                "constellation.programme.shared-calendars." + SharedCalendarIT.SEASON + ".username",
                () -> SharedCalendarIT.USER);
        registry.add(
                "constellation.programme.shared-calendars." + SharedCalendarIT.SEASON + ".password", () -> "secret");
    }

    @Autowired
    protected ManagementService management;

    @Autowired
    protected SeasonRepository seasons;

    @Autowired
    protected CallLifecycle callLifecycle;

    @Autowired
    protected ProposalService proposalService;

    @Autowired
    protected HolderActions holderActions;

    @Autowired
    protected ProposalCorrections proposalCorrections;

    @Autowired
    protected ProgrammeEntries programmeEntries;

    @Autowired
    protected ProgrammeReleases programmeReleases;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    private ProposalRepository proposalRows;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Clock clock;

    @BeforeEach
    protected void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    /**
     * The webapps and the REST API find the engine named "default" in a static registry: a test class with a database
     * of its own (CallSetupIT, DemoWorkspaceIT) starts a second application whose engine takes that name. Each test
     * puts its own application's engine back before it runs.
     */
    @BeforeEach
    protected void ownEngine() {
        ProcessEngines.registerProcessEngine(processEngine);
    }

    /** A member of the team with a password, in {@code group}, created once per database. */
    protected void teamMember(String id, String password, String group) {
        teamMember(id, password, group, null);
    }

    /** The same with their name (« Prénom Nom »), as pages, mails and minutes show it. */
    protected void teamMember(String id, String password, String group, String name) {
        IdentityService identity = processEngine.getIdentityService();
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group created = identity.newGroup(group);
            created.setName(group);
            identity.saveGroup(created);
        }
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            if (name != null) {
                user.setFirstName(name.substring(0, name.indexOf(' ')));
                user.setLastName(name.substring(name.indexOf(' ') + 1));
            }
            user.setPassword(password);
            user.setEmail(id + "@example.org");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    /** A call open today, on a territory of two communes with two nearby, with its own season. */
    protected Call openCall() {
        return openCall(call -> {});
    }

    /** The same call, with settings of its own before it opens. */
    protected Call openCall(Consumer<Call> settings) {
        return openCall("saison-it-" + (CALLS.get() + 1), settings);
    }

    /** A call of its own season, named {@code seasonSlug}. */
    protected Call openCall(String seasonSlug, Consumer<Call> settings) {
        int n = CALLS.incrementAndGet();
        LocalDate today = LocalDate.now(PARIS);
        Season season =
                seasons.save(new Season(seasonSlug, "Saison de test " + n, today.plusMonths(6), today.plusMonths(18)));
        Call call = new Call("appel-it-" + n, season, "Appel de test " + n);
        call.setOpensOn(today.minusDays(10));
        call.setDeadline(OffsetDateTime.now(PARIS).plusDays(20));
        call.setContact("Claire Dumas", "appel@example.org");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        CallForm.RULE_CRITERIA.forEach(
                code -> call.getCriteria().add(new Criterion(Criterion.Kind.MANDATORY, code, "Critère " + code)));
        call.getCriteria().add(new Criterion(Criterion.Kind.BONUS, "network", "Réseau d'acteurs"));
        call.getTerritory().add(new Commune("38185", "Grenoble"));
        call.getTerritory().add(new Commune("38151", "Échirolles"));
        call.getNearby().add(new Commune("38140", "Crolles"));
        call.getNearby().add(new Commune("38563", "Voiron"));
        call.getUmbrellaEvents().add(new UmbrellaEvent("Nuit des étoiles"));
        settings.accept(call);
        return callLifecycle.open(call);
    }

    /**
     * A proposal of the call whose programme entry is prepared and published to the draft, as the process does at the
     * end of its life; tests of the programme start from here rather than walk every phase again.
     */
    protected Long programmeEntry(Call call, String title, List<Timing> timings) {
        Long proposalId = proposalService
                .submit(
                        ProposalSubmission.fromFormValues(submission(
                                call, title, "porteur-" + call.getId() + "-" + title.length() + "@example.org")),
                        Locale.FRENCH)
                .getId();
        runJobs();
        programmeEntries.edit(proposalId, entryDetails(timings));
        programmeEntries.publish(proposalId);
        return proposalId;
    }

    /**
     * The proposal's lifecycle moved on to « Après la publication », as if its phases had run up to the entry's
     * publication (which {@link #programmeEntry} did) in a call that funds nothing: its obligations awaited, its
     * event's end timed, its status published; followed by {@code followUpPerson} when not null.
     */
    protected void afterPublication(Long proposalId, String followUpPerson) {
        String instance = processEngine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .variableValueEquals(ProcessVariables.PROPOSAL_ID, proposalId)
                .singleResult()
                .getId();
        if (followUpPerson != null) {
            processEngine.getRuntimeService().setVariable(instance, ProcessVariables.FOLLOW_UP_PERSON, followUpPerson);
        }
        ActivityInstance[] phases =
                processEngine.getRuntimeService().getActivityInstance(instance).getChildActivityInstances();
        // Its call funds nothing: the funding phase is over, or will be as if it were, waiting at « Tout est clos ».
        boolean fundingOver =
                Arrays.stream(phases).anyMatch(phase -> phase.getActivityId().equals("Gateway_CaseDone"));
        ProcessInstanceModificationBuilder modification = processEngine
                .getRuntimeService()
                .createProcessInstanceModification(instance)
                .startBeforeActivity("SubProcess_AfterPublication");
        if (!fundingOver) {
            modification.startBeforeActivity("Gateway_CaseDone");
        }
        // Then whatever phase it was in is left, as Cockpit's modification would.
        for (ActivityInstance phase : phases) {
            if (!phase.getActivityId().equals("Gateway_CaseDone")) {
                modification.cancelActivityInstance(phase.getId());
            }
        }
        modification.execute();
        new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        proposalRows.findById(proposalId).orElseThrow().moveTo(ProposalStatus.PUBLISHED, clock));
    }

    /** What the follow-up person writes in a programme entry, at these times. */
    protected static EntryDetails entryDetails(List<Timing> timings) {
        return new EntryDetails(
                "Le ciel d'automne, pour tous.",
                "Observation aux télescopes, café et croissants.",
                timings,
                "Parc Paul Mistral",
                "Boulevard Jean Pain",
                List.of("FAMILIES"),
                6,
                null,
                List.of(Accessibility.MOTOR),
                AttendanceMode.OFFLINE,
                null,
                List.of("https://billetterie.example.org/nuit"),
                List.of("télescope"),
                "Nuit des étoiles");
    }

    /** Runs the async continuations (mails, calendar, forum announcement) of every instance until none is left. */
    /** The call reaches its deadline, coordinators set the forum, the forum day passes. */
    protected void holdForum(Call call) {
        holdForum(call, () -> {});
    }

    /** The same, with what holders do while the forum is set and not yet held (register to it). */
    protected void holdForum(Call call, Runnable beforeTheForum) {
        String callInstance = call.getProcessInstanceId();
        // The reminder before the deadline, then the deadline.
        for (int timer = 0; timer < 2; timer++) {
            management.executeJob(management
                    .createJobQuery()
                    .processInstanceId(callInstance)
                    .timers()
                    .singleResult()
                    .getId());
            runJobs();
        }
        TaskService tasks = processEngine.getTaskService();
        Task organise = tasks.createTaskQuery().processInstanceId(callInstance).singleResult();
        assertThat(organise.getTaskDefinitionKey()).isEqualTo("Task_OrganiseForum");
        tasks.complete(
                organise.getId(),
                Map.of(
                        "forumAt",
                        call.getDeadline().plusDays(14).toString(),
                        "forumPlace",
                        "La Casemate, Grenoble",
                        "forumTables",
                        10,
                        "forumSlotMinutes",
                        20,
                        "forumSlots",
                        6));
        runJobs();
        beforeTheForum.run();
        // The reminder before the forum, then the forum day.
        for (int timer = 0; timer < 2; timer++) {
            Job due = management
                    .createJobQuery()
                    .processInstanceId(callInstance)
                    .timers()
                    .singleResult();
            management.executeJob(due.getId());
            runJobs();
        }
    }

    protected void runJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    protected static Map<String, Object> submission(Call call, String title, String email) {
        Map<String, Object> values = new HashMap<>();
        values.put("callSlug", call.getSlug());
        values.put("kind", "PROJECT");
        values.put("organisationName", "Club d'astronomie");
        values.put("organisationType", "ASSOCIATION");
        values.put("contactName", "Alice Martin");
        values.put("contactEmail", email);
        values.put("title", title);
        values.put("summary", "Observation du ciel pour tous.");
        values.put("themes", List.of("astronomy"));
        values.put("plannedStart", "2027-10-12");
        values.put("plannedEnd", "2027-10-12");
        values.put("commune", "grenoble");
        values.put("needs", List.of("SPEAKERS"));
        values.put("introductionConsent", "YES");
        return values;
    }

    /** The decoded text of a message's parts, as a mail client shows it. */
    protected static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return content.toString();
    }

    protected static String part(Part message, String type) throws Exception {
        if (message.isMimeType(type)) {
            Object content = message.getContent();
            return content instanceof String text
                    ? text
                    : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
        }
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    protected static List<Map.Entry<String, String>> validProposal(String title, String email) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("website", ""));
        form.add(Map.entry("kind", "PROJECT"));
        form.add(Map.entry("organisationName", "Club d'astronomie <Orion>"));
        form.add(Map.entry("organisationType", "ASSOCIATION"));
        form.add(Map.entry("contactName", "Alice Martin"));
        form.add(Map.entry("contactEmail", email));
        form.add(Map.entry("language", "fr"));
        form.add(Map.entry("title", title));
        form.add(Map.entry("summary", "Observation du ciel pour tous, télescopes fournis."));
        form.add(Map.entry("themes", "astronomy"));
        form.add(Map.entry("audiences", "GENERAL_PUBLIC"));
        form.add(Map.entry("audiences", "FAMILIES"));
        form.add(Map.entry("plannedStart", "2027-10-12"));
        form.add(Map.entry("plannedEnd", "2027-10-12"));
        form.add(Map.entry("commune", "Grenoble"));
        form.add(Map.entry("needs", "SPEAKERS"));
        form.add(Map.entry("schoolInvolvement", "NONE"));
        return form;
    }

    /** For a title that ends with the markup "<b>&</b> ${7*7}", which must never be markup nor evaluated. */
    protected static void assertReadable(MimeMessage mail, String language, String title) throws Exception {
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        assertThat(html)
                .as(mail.getSubject())
                .contains("lang=\"" + language + "\"")
                .doesNotContain("<b>&</b>")
                .doesNotContain("&#39;&#39;");
        assertThat(text)
                .as(mail.getSubject())
                .isNotBlank()
                .doesNotContain("<p")
                .doesNotContain("&lt;")
                .doesNotContain("''");
        // Not every mail names the recipient's own proposal (an introduction names the partner's); those that do show
        // it
        // whole, escaped and never evaluated (no "49" in place of the expression).
        String titleWords = title.substring(0, title.indexOf('<')).strip();
        if (html.contains(titleWords)) {
            assertThat(html).as(mail.getSubject()).contains(titleWords + " &lt;b&gt;&amp;&lt;/b&gt; ${7*7}");
            assertThat(text).as(mail.getSubject()).contains(title);
        }
        assertThat(mail.getHeader("Message-ID")[0]).matches("<mail\\.\\d+\\.[a-z-]+@constellation\\.example\\.org>");
        assertThat(mail.getAllRecipients()).hasSize(1);
    }
}
