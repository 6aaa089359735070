package org.constellation.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Season;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.renewal.Renewals;
import org.constellation.workflow.ParisTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two seasons of DOMAIN.md at first start, moved by whole years so that this season's call is open today: last season's
 * reference call, "Une saison dans les étoiles", over, with its programme released (the public agenda shows it), the
 * events its Fête de la Science label went to, the reports and the evidence of obligations their holders gave; and this
 * season's "Environnement et biodiversité, sciences de la Terre", set up through the coordinators' service as a
 * coordinator would on /coordination/appels, with demo staff and thirteen proposals spread over the phases so that
 * Tasklist and Cockpit show real work, one of them renewed from last season. People are invented; organisations keep
 * their public names. Runs once: a second start finds the call.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String CALL_SLUG = "environnement-et-biodiversite";
    public static final String LAST_CALL_SLUG = "une-saison-dans-les-etoiles";
    /** Last season's labelling call (issue 31): the Fête de la Science's label. */
    public static final String LABEL_CALL_SLUG = "label-fete-de-la-science";

    static final String COORDINATOR = "coordinator";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DemoStaff staff;
    private final DemoCalls demoCalls;
    private final DemoLastSeason lastSeason;
    private final DemoReports reports;
    private final DemoSteps steps;
    private final CallRepository calls;
    private final ProposalService proposals;
    private final Renewals renewals;

    public DemoData(
            DemoStaff staff,
            DemoCalls demoCalls,
            DemoLastSeason lastSeason,
            DemoReports reports,
            DemoSteps steps,
            CallRepository calls,
            ProposalService proposals,
            Renewals renewals) {
        this.staff = staff;
        this.demoCalls = demoCalls;
        this.lastSeason = lastSeason;
        this.reports = reports;
        this.steps = steps;
        this.calls = calls;
        this.proposals = proposals;
        this.renewals = renewals;
    }

    @Override
    public void run(ApplicationArguments args) {
        staff.create();
        if (calls.findBySlug(CALL_SLUG).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        int year = seasonStart(today);
        // The demo proposals are written for the 2027-2028 season: they move with the calls.
        Period sinceWritten = Period.ofYears(year - DemoProposals.SEASON_START_YEAR);
        List<Proposal> lastSeason = this.lastSeason.publish(year - 1, sinceWritten);
        reports.give(lastSeason);
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
        submitted.forEach(proposal -> steps.settle(proposal.getProcessInstanceId()));
        // 0-2 wait for the eligibility check; the others move on as a reviewer would have moved them.
        steps.decide(
                submitted.get(3),
                Map.of(
                        "eligibilityDecision",
                        "INCOMPLETE",
                        "missingInformation",
                        "Pouvez-vous préciser les dates et le lieu de l'atelier ?"));
        steps.decide(
                submitted.get(4),
                DemoSteps.verdicts(
                        "INELIGIBLE",
                        "territory",
                        "eligibilityReasons",
                        "Nous serions heureux de vous retrouver à la Fête de la Science lyonnaise."));
        steps.complete(
                submitted.get(4),
                "Task_ConfirmIneligibility",
                Map.of("ineligibilityConfirmation", "CONFIRMED"),
                COORDINATOR);
        for (Proposal proposal : submitted.subList(5, 13)) {
            steps.decide(proposal, DemoSteps.verdicts("ELIGIBLE", null));
        }
        for (Proposal proposal : submitted.subList(7, 12)) {
            steps.complete(
                    proposal,
                    "Task_PlanAccompaniment",
                    Map.of(
                            "accompanimentNeeds", "Trouver des intervenants et des publics scolaires.",
                            "accompanimentActions", "Mise en relation avec le laboratoire et deux classes de collège.",
                            "followUpPerson", proposal.getId() % 2 == 0 ? "reviewer1" : "reviewer2"));
        }
        steps.complete(
                submitted.get(10),
                "Task_MatchPartners",
                Map.of(
                        "introducedPartners",
                        List.of(submitted.get(8).getId().toString()),
                        "introductionNote",
                        "Vos deux projets parlent de l'eau et du climat : vous pourriez présenter l'exposition le long du sentier."));
        steps.complete(submitted.get(11), "Task_MatchPartners", Map.of("introducedPartners", List.of()));
    }

    /** This season's call, set up and opened through the coordinators' service as a coordinator would. */
    private Call currentCall(int year, LocalDate today) {
        Season season = demoCalls.season(
                "saison-" + year + "-" + (year + 1),
                "Saison " + year + "-" + (year + 1),
                year,
                "Environnement et biodiversité, sciences de la Terre");
        Map<String, String> form = DemoCalls.commonForm(season, year);
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
        return demoCalls.open(demoCalls.draft(form));
    }

    /** The first season (September to August) whose call's deadline, 26 January, is at least two weeks away. */
    static int seasonStart(LocalDate today) {
        int year = today.getYear();
        while (LocalDate.of(year, 1, 26).isBefore(today.plusWeeks(2))) {
            year++;
        }
        return year;
    }

    /**
     * This season's call, prepared, given its territory and opened as a coordinator does on the coordinators' pages.
     */
    static Map<String, Object> shifted(Map<String, Object> values, Period shift) {
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
}
