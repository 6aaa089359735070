package org.constellation.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
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
import org.constellation.call.CallLifecycle;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.call.Criterion;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalSubmission;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reference call of DOMAIN.md, "Une saison dans les étoiles", moved by whole years so that it is open today,
 * with demo staff and twelve proposals spread over the phases so that Tasklist and Cockpit show real work at first
 * start. People are invented; organisations keep their public names. Runs once: a second start finds the call.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final String CALL_SLUG = "une-saison-dans-les-etoiles";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identity;
  private final TaskService tasks;
  private final ManagementService management;
  private final SeasonRepository seasons;
  private final CallRepository calls;
  private final CallLifecycle callLifecycle;
  private final ProposalService proposals;
  private final String password;

  public DemoData(IdentityService identity, TaskService tasks, ManagementService management, SeasonRepository seasons,
      CallRepository calls, CallLifecycle callLifecycle, ProposalService proposals,
      @Value("${constellation.demo.password}") String password) {
    this.identity = identity;
    this.tasks = tasks;
    this.management = management;
    this.seasons = seasons;
    this.calls = calls;
    this.callLifecycle = callLifecycle;
    this.proposals = proposals;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    staff();
    if (calls.findBySlug(CALL_SLUG).isPresent()) {
      return;
    }
    Call call = referenceCall(LocalDate.now(ParisTime.ZONE));
    LOG.info("Demo call '{}' open until {}; season feed at /programme/{}.ics", call.getTitle(), call.getDeadline(),
        call.getSeason().getSlug());
    // The demo proposals are written for the 2027-2028 season: they move with the call.
    Period sinceWritten = Period.ofYears(call.getSeasonStartsOn().getYear() - DemoProposals.SEASON_START_YEAR);
    List<Proposal> submitted = DemoProposals.ALL.stream()
        .map(values -> proposals.submit(ProposalSubmission.fromFormValues(shifted(values, sinceWritten)),
            Locale.FRENCH))
        .toList();
    submitted.forEach(proposal -> settle(proposal.getProcessInstanceId()));
    // 0-2 wait for the eligibility check; the others move on as a reviewer would have moved them.
    decide(submitted.get(3), Map.of("eligibilityDecision", "INCOMPLETE",
        "missingInformation", "Pouvez-vous préciser les dates et le lieu de l'atelier ?"));
    decide(submitted.get(4), verdicts("INELIGIBLE", "territory",
        "eligibilityReasons", "Nous serions heureux de vous retrouver à la Fête de la Science lyonnaise."));
    complete(submitted.get(4), "Task_ConfirmIneligibility", Map.of("ineligibilityConfirmation", "CONFIRMED"),
        "coordinator");
    for (Proposal proposal : submitted.subList(5, 13)) {
      decide(proposal, verdicts("ELIGIBLE", null));
    }
    for (Proposal proposal : submitted.subList(7, 12)) {
      complete(proposal, "Task_PlanAccompaniment", Map.of(
          "accompanimentNeeds", "Trouver des intervenants et des publics scolaires.",
          "accompanimentActions", "Mise en relation avec l'observatoire et deux classes de collège.",
          "followUpPerson", proposal.getId() % 2 == 0 ? "reviewer1" : "reviewer2"));
    }
    complete(submitted.get(10), "Task_MatchPartners", Map.of("introducedPartners", List.of(submitted.get(8).getId().toString()),
        "introductionNote", "Vos deux projets parlent d'observation du ciel : le planétarium pourrait accueillir la soirée."));
    complete(submitted.get(11), "Task_MatchPartners", Map.of("introducedPartners", List.of()));
  }

  private void staff() {
    user("coordinator", "Camille", "Coordinatrice", StaffAccessSetup.COORDINATORS, StaffAccessSetup.REVIEWERS);
    user("reviewer1", "Romain", "Relecteur", StaffAccessSetup.REVIEWERS);
    user("reviewer2", "Rose", "Relectrice", StaffAccessSetup.REVIEWERS);
    // Romain declares astronomy: the demo's checks on that theme are proposed to him first.
    if (identity.createGroupQuery().groupId("astronomes").count() == 0) {
      Group astronomers = identity.newGroup("astronomes");
      astronomers.setName("Relecteurs astronomie");
      astronomers.setType(ShareReviewWorkListener.THEME_GROUP_TYPE_PREFIX + "astronomy");
      identity.saveGroup(astronomers);
      identity.createMembership("reviewer1", astronomers.getId());
    }
    if (identity.createUserQuery().userId("admin").memberOfGroup(StaffAccessSetup.COORDINATORS).count() == 0) {
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

  /** The 2018 call, shifted by whole years until its deadline is at least two weeks away. */
  Call referenceCall(LocalDate today) {
    int years = 0;
    while (LocalDate.of(2018, 1, 26).plusYears(years).isBefore(today.plusWeeks(2))) {
      years++;
    }
    Period shift = Period.ofYears(years);
    LocalDate seasonStart = LocalDate.of(2018, 9, 1).plus(shift);
    LocalDate seasonEnd = LocalDate.of(2019, 8, 31).plus(shift);
    LocalDate deadline = LocalDate.of(2018, 1, 26).plus(shift);
    Season season = seasons.save(new Season("saison-etoiles-" + seasonStart.getYear(),
        "Une saison dans les étoiles " + seasonStart.getYear() + "-" + seasonEnd.getYear(), seasonStart, seasonEnd));
    Call call = new Call(CALL_SLUG, season, "Une saison dans les étoiles");
    call.setIntroduction("La Casemate et Grenoble-Alpes Métropole invitent tous les acteurs du territoire à construire "
        + "ensemble une saison de culture scientifique consacrée à l'espace et à l'Univers.");
    call.setOpensOn(today.minusMonths(1));
    call.setDeadline(deadline.atTime(LocalTime.of(23, 59)).atZone(ParisTime.ZONE).toOffsetDateTime());
    call.recordForum(deadline.plusWeeks(2).atTime(LocalTime.of(14, 0)).atZone(ParisTime.ZONE).toOffsetDateTime(),
        "La Casemate, 2 place Saint-Laurent, Grenoble", 20, 20, 6);
    call.setContact("Claire Dumas", "appel-etoiles@example.org");
    call.setCommunityUrl("https://www.echosciences-grenoble.fr/communautes/une-saison-dans-les-etoiles");
    call.getThemes().addAll(List.of(
        new CallTheme("astronomy", "Astronomie, astrophysique, sciences de l'Univers"),
        new CallTheme("space-exploration", "Exploration spatiale, l'humain dans l'espace, programmes de recherche européens"),
        new CallTheme("space-imagination", "L'espace dans l'imaginaire des sociétés (cosmogonie, mythologie...)"),
        new CallTheme("space-history", "Histoire des sciences de l'espace et des technologies issues de la recherche spatiale"),
        new CallTheme("space-creation", "Création autour de l'espace (astrophotographie, science-fiction...)"),
        new CallTheme("space-applications", "Applications spatiales au quotidien, sciences du vivant, technologies spatiales")));
    call.getCriteria().addAll(List.of(
        new Criterion(Criterion.Kind.MANDATORY, "open-to-all", "Ouvert à tous, destiné à un large public non spécialiste"),
        new Criterion(Criterion.Kind.MANDATORY, "themes", "S'inscrit dans un ou plusieurs thèmes de l'appel"),
        new Criterion(Criterion.Kind.MANDATORY, "season-dates", "Se déroule pendant la saison"),
        new Criterion(Criterion.Kind.MANDATORY, "territory", "Se déroule dans la Métropole ou les territoires voisins"),
        new Criterion(Criterion.Kind.BONUS, "co-construction", "Co-construit : recueille et valorise la parole et la créativité du public"),
        new Criterion(Criterion.Kind.BONUS, "scientific-method", "Valorise la démarche scientifique, l'esprit critique, la curiosité"),
        new Criterion(Criterion.Kind.BONUS, "network", "Conçu, construit ou animé par un réseau d'acteurs")));
    call.getTerritory().addAll(communes());
    call.getUmbrellaEvents().addAll(List.of("Fête de la Science", "Printemps du livre", "Nuit des musées", "Nuit des étoiles"));
    return callLifecycle.open(call);
  }

  /** The 49 communes of Grenoble-Alpes Métropole with their town centres, entered by hand (about a kilometre close). */
  private static List<Commune> communes() {
    ClassPathResource csv = new ClassPathResource("demo/grenoble-alpes-metropole.csv");
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).map(line -> line.split(",")).map(f -> new Commune(f[0], f[1],
          Double.valueOf(f[2]), Double.valueOf(f[3]))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> shifted(Map<String, Object> values, Period shift) {
    Map<String, Object> moved = new java.util.HashMap<>(values);
    for (String date : List.of("plannedStart", "plannedEnd")) {
      if (values.get(date) != null) {
        moved.put(date, LocalDate.parse((String) values.get(date)).plus(shift).toString());
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
    Map<String, Object> values = new java.util.HashMap<>(Map.of("eligibilityDecision", decision));
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
    Task task = tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId())
        .taskDefinitionKey(taskKey).singleResult();
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
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
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
