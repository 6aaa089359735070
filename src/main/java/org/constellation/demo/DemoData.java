package org.constellation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.call.CallSetup;
import org.constellation.call.CallStatus;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.programme.AttendanceMode;
import org.constellation.programme.EntryDetails;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.renewal.Renewals;
import org.constellation.review.ShareReviewWorkListener;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ParisTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two seasons of DOMAIN.md at first start, moved by whole years so that this season's call is open today: last
 * season's reference call, "Une saison dans les étoiles", over, with its programme released (the public agenda shows
 * it), and this season's "Environnement et biodiversité, sciences de la Terre", set up through the coordinators'
 * service as a coordinator would on /coordination/appels, with demo staff and thirteen proposals spread over the
 * phases so that Tasklist and Cockpit show real work, one of them renewed from last season. People are invented;
 * organisations keep their public names. Runs once: a second start finds the call.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String CALL_SLUG = "environnement-et-biodiversite";
    public static final String LAST_CALL_SLUG = "une-saison-dans-les-etoiles";
    /** The SIREN codes of Grenoble-Alpes-Métropole and of its neighbours the Grésivaudan and the Pays voironnais. */
    static final String METROPOLE = "200040715";

    static final List<String> NEIGHBOURS = List.of("200018166", "243800984");
    private static final String COORDINATOR = "coordinator";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final TaskService tasks;
    private final ManagementService management;
    private final SeasonRepository seasons;
    private final CallRepository calls;
    private final CallSetup setup;
    private final ProposalService proposals;
    private final Renewals renewals;
    private final ProposalRepository proposalRows;
    private final ProgrammeEntries entries;
    private final ProgrammeReleases releases;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;

    public DemoData(
            IdentityService identity,
            TaskService tasks,
            ManagementService management,
            SeasonRepository seasons,
            CallRepository calls,
            CallSetup setup,
            ProposalService proposals,
            Renewals renewals,
            ProposalRepository proposalRows,
            ProgrammeEntries entries,
            ProgrammeReleases releases,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${constellation.demo.password}") String password) {
        this.identity = identity;
        this.tasks = tasks;
        this.management = management;
        this.seasons = seasons;
        this.calls = calls;
        this.setup = setup;
        this.proposals = proposals;
        this.renewals = renewals;
        this.proposalRows = proposalRows;
        this.entries = entries;
        this.releases = releases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        staff();
        if (calls.findBySlug(CALL_SLUG).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        int year = seasonStart(today);
        // The demo proposals are written for the 2027-2028 season: they move with the calls.
        Period sinceWritten = Period.ofYears(year - DemoProposals.SEASON_START_YEAR);
        List<Proposal> lastSeason = lastSeason(year - 1, today, sinceWritten);
        Call call = currentCall(year, today);
        LOG.info(
                "Demo call '{}' open until {}; last season's programme at /programme/{}",
                call.getTitle(),
                call.getDeadline(),
                lastSeason.get(0).getCall().getSeason().getSlug());
        List<Proposal> submitted = new ArrayList<>();
        for (int i = 0; i < DemoProposals.ALL.size(); i++) {
            Map<String, Object> values = shifted(DemoProposals.ALL.get(i), sinceWritten);
            values.put("callSlug", CALL_SLUG);
            ProposalSubmission submission = ProposalSubmission.fromFormValues(values);
            submitted.add(
                    i == DemoProposals.RENEWED
                            ? renewals.renew(
                                    lastSeason.get(DemoProposals.RENEWED).getId(), submission, Locale.FRENCH)
                            : proposals.submit(submission, Locale.FRENCH));
        }
        submitted.forEach(proposal -> settle(proposal.getProcessInstanceId()));
        // 0-2 wait for the eligibility check; the others move on as a reviewer would have moved them.
        decide(
                submitted.get(3),
                Map.of(
                        "eligibilityDecision",
                        "INCOMPLETE",
                        "missingInformation",
                        "Pouvez-vous préciser les dates et le lieu de l'atelier ?"));
        decide(
                submitted.get(4),
                verdicts(
                        "INELIGIBLE",
                        "territory",
                        "eligibilityReasons",
                        "Nous serions heureux de vous retrouver à la Fête de la Science lyonnaise."));
        complete(
                submitted.get(4),
                "Task_ConfirmIneligibility",
                Map.of("ineligibilityConfirmation", "CONFIRMED"),
                COORDINATOR);
        for (Proposal proposal : submitted.subList(5, 13)) {
            decide(proposal, verdicts("ELIGIBLE", null));
        }
        for (Proposal proposal : submitted.subList(7, 12)) {
            complete(
                    proposal,
                    "Task_PlanAccompaniment",
                    Map.of(
                            "accompanimentNeeds", "Trouver des intervenants et des publics scolaires.",
                            "accompanimentActions", "Mise en relation avec le laboratoire et deux classes de collège.",
                            "followUpPerson", proposal.getId() % 2 == 0 ? "reviewer1" : "reviewer2"));
        }
        complete(
                submitted.get(10),
                "Task_MatchPartners",
                Map.of(
                        "introducedPartners",
                        List.of(submitted.get(8).getId().toString()),
                        "introductionNote",
                        "Vos deux projets parlent de l'eau et du climat : vous pourriez présenter l'exposition le long du sentier."));
        complete(submitted.get(11), "Task_MatchPartners", Map.of("introducedPartners", List.of()));
    }

    private void staff() {
        user(COORDINATOR, "Camille", "Coordinatrice", StaffAccessSetup.COORDINATORS, StaffAccessSetup.REVIEWERS);
        user("reviewer1", "Romain", "Relecteur", StaffAccessSetup.REVIEWERS);
        user("reviewer2", "Rose", "Relectrice", StaffAccessSetup.REVIEWERS);
        // Romain declares biodiversity: the demo's checks on that theme are proposed to him first.
        if (identity.createGroupQuery().groupId("naturalistes").count() == 0) {
            Group naturalists = identity.newGroup("naturalistes");
            naturalists.setName("Relecteurs biodiversité");
            naturalists.setType(ShareReviewWorkListener.THEME_GROUP_TYPE_PREFIX + "biodiversity");
            identity.saveGroup(naturalists);
            identity.createMembership("reviewer1", naturalists.getId());
        }
        if (identity.createUserQuery()
                        .userId("admin")
                        .memberOfGroup(StaffAccessSetup.COORDINATORS)
                        .count()
                == 0) {
            identity.createMembership("admin", StaffAccessSetup.COORDINATORS);
        }
    }

    private void user(String id, String firstName, String lastName, String... groups) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@example.org");
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    /** The first season (September to August) whose call's deadline, 26 January, is at least two weeks away. */
    static int seasonStart(LocalDate today) {
        int year = today.getYear();
        while (LocalDate.of(year, 1, 26).isBefore(today.plusWeeks(2))) {
            year++;
        }
        return year;
    }

    /** This season's call, prepared, given its territory and opened as a coordinator does on the coordinators' pages. */
    private Call currentCall(int year, LocalDate today) {
        Season season = season(
                "saison-" + year + "-" + (year + 1),
                "Saison " + year + "-" + (year + 1),
                year,
                "Environnement et biodiversité, sciences de la Terre");
        Map<String, String> form = commonForm(season, year);
        form.put("title", "Environnement et biodiversité, sciences de la Terre");
        form.put("slug", CALL_SLUG);
        form.put(
                "introduction",
                "Après « Une saison dans les étoiles », La Casemate et Grenoble-Alpes Métropole invitent "
                        + "les acteurs du territoire à construire une saison de culture scientifique consacrée au vivant, à l'eau, "
                        + "au climat et à la Terre.");
        form.put(
                "themes",
                String.join(
                        "\n",
                        "biodiversity | Biodiversité, faune, flore et écosystèmes | Biodiversity, wildlife, plants and ecosystems",
                        "climate | Climat, environnement et transitions | Climate, environment and transitions",
                        "water | L'eau : rivières, glaciers et ressources | Water: rivers, glaciers and resources",
                        "earth-sciences | Géologie, sciences de la Terre et risques naturels | Geology, Earth sciences and natural hazards",
                        "nature-in-town | La nature en ville et les sciences participatives | Nature in town and citizen science",
                        "nature-and-society | Nature et sociétés : histoire, arts et imaginaires | Nature and societies: history, arts and imagination"));
        form.put("opensOn", today.minusMonths(1).toString());
        form.put("publishesDelays", "on");
        form.put(
                "umbrellaEvents",
                String.join(
                        "\n",
                        "Fête de la Science | " + year + "-10-02 | " + year + "-10-12",
                        "Fête de la nature | " + (year + 1) + "-05-19 | " + (year + 1) + "-05-23",
                        "Nuit des musées",
                        "Printemps du livre"));
        return opened(setup.createDraft(CallForm.posted(form), COORDINATOR));
    }

    /**
     * Last season as it ended: its call over, its proposals published (their processes are long finished, so none
     * runs), their programme entries released as the season's first version.
     */
    private List<Proposal> lastSeason(int year, LocalDate today, Period sinceWritten) {
        Season season = season(
                "saison-etoiles-" + year,
                "Une saison dans les étoiles " + year + "-" + (year + 1),
                year,
                "Sciences de l'Univers");
        Map<String, String> form = commonForm(season, year);
        form.put("title", "Une saison dans les étoiles");
        form.put("slug", LAST_CALL_SLUG);
        form.put(
                "introduction",
                "La Casemate et Grenoble-Alpes Métropole invitent tous les acteurs du territoire à "
                        + "construire ensemble une saison de culture scientifique consacrée à l'espace et à l'Univers.");
        form.put(
                "themes",
                String.join(
                        "\n",
                        "astronomy | Astronomie, astrophysique, sciences de l'Univers",
                        "space-exploration | Exploration spatiale, l'humain dans l'espace, programmes de recherche européens",
                        "space-imagination | L'espace dans l'imaginaire des sociétés (cosmogonie, mythologie...)",
                        "space-history | Histoire des sciences de l'espace et des technologies issues de la recherche spatiale",
                        "space-creation | Création autour de l'espace (astrophotographie, science-fiction...)",
                        "space-applications | Applications spatiales au quotidien, sciences du vivant, technologies spatiales"));
        form.put("opensOn", LocalDate.of(year - 1, 11, 1).toString());
        form.put(
                "umbrellaEvents",
                String.join("\n", "Fête de la Science", "Printemps du livre", "Nuit des musées", "Nuit des étoiles"));
        Call call = setup.createDraft(CallForm.posted(form), COORDINATOR);
        territory(call);
        // Its proposals come in as they did then: the call takes them for the time it takes to write them down.
        OffsetDateTime deadline = call.getDeadline();
        inTransaction(() -> {
            Call open = calls.findById(call.getId()).orElseThrow();
            open.setStatus(CallStatus.OPEN);
            open.setDeadline(OffsetDateTime.now(clock).plusDays(1));
        });
        List<Proposal> published = new ArrayList<>();
        for (DemoProposals.Programmed written : DemoProposals.LAST_SEASON) {
            Map<String, Object> values = shifted(written.proposal(), sinceWritten);
            values.put("callSlug", LAST_CALL_SLUG);
            Proposal proposal = proposals.register(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
            entries.edit(proposal.getId(), entry(proposal, written));
            entries.publish(proposal.getId());
            inTransaction(() ->
                    proposalRows.findById(proposal.getId()).orElseThrow().moveTo(ProposalStatus.PUBLISHED, clock));
            published.add(proposal);
        }
        inTransaction(() -> {
            Call over = calls.findById(call.getId()).orElseThrow();
            over.setDeadline(deadline);
            over.setStatus(CallStatus.PROGRAMME_PUBLISHED);
        });
        releases.release(season.getId(), COORDINATOR, "Programme de la saison : première version.");
        return published;
    }

    /** What both seasons' calls share: the team, its criteria, its forum, its community. */
    private static Map<String, String> commonForm(Season season, int year) {
        Map<String, String> form = new HashMap<>();
        form.put("season", season.getId().toString());
        for (String code : CallForm.RULE_CRITERIA) {
            form.put("themes".equals(code) ? "themesCriterion" : code, "on");
        }
        form.put("datesLabel", "Se déroule pendant la saison");
        form.put("territoryLabel", "Se déroule dans la Métropole ou les territoires voisins");
        form.put("themesLabel", "S'inscrit dans un ou plusieurs thèmes de l'appel");
        form.put("publicLabel", "Ouvert à tous, destiné à un large public non spécialiste");
        form.put("minThemes", "1");
        form.put(
                "bonusCriteria",
                String.join(
                        "\n",
                        "co-construction | Co-construit : recueille et valorise la parole et la créativité du public",
                        "scientific-method | Valorise la démarche scientifique, l'esprit critique, la curiosité",
                        "network | Conçu, construit ou animé par un réseau d'acteurs"));
        LocalDate deadline = LocalDate.of(year, 1, 26);
        form.put("deadline", deadline + "T23:59");
        form.put("forumAt", deadline.plusWeeks(2) + "T14:00");
        form.put("forumPlace", "La Casemate, 2 place Saint-Laurent, Grenoble");
        form.put("forumTables", "20");
        form.put("forumSlotMinutes", "20");
        form.put("forumSlots", "6");
        form.put("contactName", "Claire Dumas");
        form.put("contactEmail", "appel-saison@example.org");
        form.put("communityUrl", "https://www.echosciences-grenoble.fr/communautes/une-saison-dans-les-etoiles");
        form.put("reviewerGroup", StaffAccessSetup.REVIEWERS);
        return form;
    }

    private Season season(String slug, String title, int year, String themeLine) {
        Season season = seasons.save(new Season(slug, title, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31)));
        season.describe(slug, title, season.getStartsOn(), season.getEndsOn(), themeLine);
        return seasons.save(season);
    }

    /** The Métropole's 49 communes, from INSEE's list, with its two neighbours as nearby territories. */
    private void territory(Call call) {
        setup.changeTerritory(
                call.getId(), CallSetup.Target.TERRITORY, CallSetup.Mode.REPLACE, METROPOLE, null, COORDINATOR);
        NEIGHBOURS.forEach(epci -> setup.changeTerritory(
                call.getId(), CallSetup.Target.NEARBY, CallSetup.Mode.ADD, epci, null, COORDINATOR));
    }

    private Call opened(Call draft) {
        territory(draft);
        Call call = setup.open(draft.getId(), COORDINATOR);
        settle(call.getProcessInstanceId());
        return call;
    }

    /**
     * Last season's entry as the team prepared it from the proposal: its venue and texts, and over its dates either one
     * run of days without hours (an exhibition) or a session at the same hours each day.
     */
    private static EntryDetails entry(Proposal proposal, DemoProposals.Programmed programmed) {
        LocalDate first = proposal.getPlannedStart();
        LocalDate last = proposal.getPlannedEnd();
        List<Timing> timings = programmed.from() == null
                ? List.of(Timing.days(first, last))
                : first.datesUntil(last.plusDays(1))
                        .map(day -> session(day, programmed.from(), programmed.to()))
                        .toList();
        return new EntryDetails(
                proposal.getSummary(),
                proposal.getDescription(),
                timings,
                proposal.getPlace(),
                null,
                List.of("FAMILIES"),
                null,
                null,
                List.of(),
                AttendanceMode.OFFLINE,
                null,
                List.of(),
                List.of("astronomie"),
                proposal.getUmbrellaEvent());
    }

    /** A session of {@code day}; one ending at midnight, or before it starts, ends the next day. */
    private static Timing session(LocalDate day, LocalTime from, LocalTime to) {
        LocalDate endDay = to.isAfter(from) ? day : day.plusDays(1);
        return new Timing(
                day.atTime(from).atZone(ParisTime.ZONE).toOffsetDateTime(),
                endDay.atTime(to).atZone(ParisTime.ZONE).toOffsetDateTime());
    }

    private void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    private static Map<String, Object> shifted(Map<String, Object> values, Period shift) {
        Map<String, Object> moved = new HashMap<>(values);
        for (String date : List.of("plannedStart", "plannedEnd")) {
            if (values.get(date) != null) {
                moved.put(
                        date,
                        LocalDate.parse((String) values.get(date)).plus(shift).toString());
            }
        }
        return moved;
    }

    private void decide(Proposal proposal, Map<String, Object> decision) {
        complete(proposal, "Task_CheckEligibility", decision);
    }

    /**
     * A reviewer's decision with a verdict on every mandatory criterion: all met but {@code failing}. Where the rules
     * could not tell (no date for an intention...), the reviewer says what they checked.
     */
    private static Map<String, Object> verdicts(String decision, String failing, Object... more) {
        Map<String, Object> values = new HashMap<>(Map.of("eligibilityDecision", decision));
        for (String criterion : List.of("dates", "territory", "themes", "public")) {
            values.put(criterion + "Verdict", criterion.equals(failing) ? "FAIL" : "PASS");
            values.put(criterion + "Reason", "Vérifié avec le porteur au téléphone.");
        }
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }

    private void complete(Proposal proposal, String taskKey, Map<String, Object> variables) {
        complete(proposal, taskKey, variables, "reviewer1");
    }

    private void complete(Proposal proposal, String taskKey, Map<String, Object> variables, String claimant) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), claimant);
        }
        tasks.complete(task.getId(), variables);
        settle(proposal.getProcessInstanceId());
    }

    /**
     * Runs the instance's due jobs (mails) so that it reaches its next wait state now. The job executor may take a job
     * first; then this one fails on the lock and simply looks again.
     */
    private void settle(String processInstanceId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<Job> due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            try {
                management.executeJob(due.get(0).getId());
            } catch (ProcessEngineException lostRace) {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
