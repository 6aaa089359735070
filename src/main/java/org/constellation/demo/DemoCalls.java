package org.constellation.demo;

import static org.constellation.demo.DemoData.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.call.CallSetup;
import org.constellation.call.CallStatus;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.security.StaffAccessSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's seasons and calls, set up through the coordinators' service (CallSetup) as a coordinator would. */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoCalls {

    /** The SIREN codes of Grenoble-Alpes-Métropole and of its neighbours the Grésivaudan and the Pays voironnais. */
    static final String METROPOLE = "200040715";

    static final List<String> NEIGHBOURS = List.of("200018166", "243800984");

    private final SeasonRepository seasons;
    private final CallRepository calls;
    private final CallSetup setup;
    private final DemoSteps steps;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCalls(
            SeasonRepository seasons,
            CallRepository calls,
            CallSetup setup,
            DemoSteps steps,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.seasons = seasons;
        this.calls = calls;
        this.setup = setup;
        this.steps = steps;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * What both seasons' calls share: the team, its criteria, its forum, its community, and what a selected project
     * owes once on the programme (an article and an agenda announcement on Echosciences, a photo of the kit).
     */
    static Map<String, String> commonForm(Season season, int year) {
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
        form.put(
                "obligations",
                String.join(
                        "\n",
                        "Article sur Echosciences Grenoble présentant le projet ; article ; 21 ; avant",
                        "Annonce de l'événement dans l'agenda d'Echosciences Grenoble ; annonce ; 14 ; avant",
                        "Photo du kit de communication de la saison affiché à l'événement ; photo ; 2 ; après"));
        return form;
    }

    Season season(String slug, String title, int year, String themeLine) {
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

    /** A draft of the coordinator's, over the Métropole and its neighbours. */
    Call draft(Map<String, String> form) {
        Call call = setup.createDraft(CallForm.posted(form), COORDINATOR);
        territory(call);
        return call;
    }

    /** Opened as the coordinator opens it: its call-lifecycle started and at its first wait. */
    Call open(Call draft) {
        Call call = setup.open(draft.getId(), COORDINATOR);
        steps.settle(call.getProcessInstanceId());
        return call;
    }

    /**
     * A call of last season takes its proposals as they came then: open with a deadline tomorrow for the time they are
     * written down, then back to its own deadline with its programme published (it has no process).
     */
    void takingProposals(Long callId, Runnable writing) {
        OffsetDateTime deadline = calls.findById(callId).orElseThrow().getDeadline();
        inTransaction(() -> {
            Call open = calls.findById(callId).orElseThrow();
            open.setStatus(CallStatus.OPEN);
            open.setDeadline(OffsetDateTime.now(clock).plusDays(1));
        });
        writing.run();
        inTransaction(() -> {
            Call over = calls.findById(callId).orElseThrow();
            over.setDeadline(deadline);
            over.setStatus(CallStatus.PROGRAMME_PUBLISHED);
        });
    }

    private void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }
}
