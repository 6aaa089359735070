package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.constellation.call.CallRepository;
import org.constellation.call.CallStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The team's door: {@code /coordination} lists the pages the signed-in person's roles open (Tasklist's header links
 * here), and the start form in Tasklist asks here which calls take a proposal now.
 */
@Controller
class StaffHomeController {

    /** A page of the team's, and what it is for. */
    record Door(String href, String name, String purpose) {}

    /** A call that takes proposals now, as the start form offers it. */
    record OpenCall(String slug, String title) {}

    private final CallRepository calls;
    private final Clock clock;

    StaffHomeController(CallRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping({"/coordination", "/coordination/"})
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.member(request).id());
        return "coordination/home";
    }

    /** Every team page lists in its footer the pages the signed-in person's roles open (none when signed out). */
    @ControllerAdvice(basePackageClasses = StaffHomeController.class)
    static class Footer {

        @ModelAttribute("doors")
        List<Door> doors(HttpServletRequest request) {
            return StaffSession.signedIn(request)
                    .map(StaffHomeController::doors)
                    .orElse(List.of());
        }
    }

    static List<Door> doors(StaffSession.Member member) {
        List<Door> doors = new ArrayList<>();
        doors.add(new Door(
                "/camunda/app/tasklist/",
                "Tasklist",
                "Vos tâches : vérifier l’éligibilité, accompagner, mettre en relation, préparer le programme ; saisir une "
                        + "proposition reçue par courrier ou téléphone (« Démarrer un processus »)."));
        doors.add(new Door(
                "/coordination/dossiers",
                "Dossiers",
                "Les dossiers de vos appels : où en est chacun, qui le tient, son histoire ; exports pour un comité."));
        doors.add(new Door(
                "/coordination/expertise",
                "Mes expertises",
                "Vos sièges d’expert dans les jurys : où en est chacun, vos notes, et celles des autres experts une fois "
                        + "les vôtres données si l’appel le permet."));
        if (member.isCoordinator()) {
            doors.add(new Door(
                    "/coordination/appels",
                    "Saisons et appels",
                    "Préparer, ouvrir, modifier ou dupliquer un appel ; ses critères, ses délais, son territoire."));
            doors.add(new Door(
                    "/coordination/analyse",
                    "Analyse",
                    "Les chiffres d’un appel ou d’une saison : entonnoir, temps passé à chaque étape, charge."));
            doors.add(new Door(
                    "/coordination/jury",
                    "Comité de sélection",
                    "Le classement des propositions notées par les experts, les séances du comité et leurs décisions, "
                            + "les procès-verbaux, le registre des déports."));
            doors.add(new Door(
                    "/coordination/jury/experts",
                    "Experts du jury",
                    "Les experts des appels qui sélectionnent par un jury : leur organisation, leurs thèmes, les "
                            + "communes qu’ils n’examinent pas, leur charge."));
            doors.add(new Door(
                    "/coordination/financement",
                    "Subventions",
                    "Les appels qui financent des projets : l’enveloppe, ce qui est attribué et ce qui reste ; "
                            + "attribuer ou refuser chaque subvention."));
            doors.add(new Door("/coordination/forum", "Forum", "Organiser le forum des projets et ses rendez-vous."));
            doors.add(new Door("/coordination/programme", "Programme", "Relire et publier le programme de la saison."));
            doors.add(new Door(
                    "/coordination/bilan",
                    "Bilan de la saison",
                    "Les événements tenus et leur fréquentation d’après les bilans des porteurs, par thème, commune, "
                            + "mois et public, avec la carte des communes ; le PDF, les données ouvertes (CSV) et la "
                            + "brochure des projets accompagnés."));
            doors.add(new Door(
                    "/coordination/messages",
                    "Messages aux porteurs",
                    "Écrire à tous les porteurs d’un appel, ou à une partie d’entre eux."));
            doors.add(new Door(
                    "/coordination/courriels",
                    "Boîte d’envoi",
                    "Chaque courriel parti ou en attente, et ceux qui n’ont pas pu partir."));
            doors.add(new Door(
                    "/coordination/modeles", "Modèles de courriels", "Relire chaque courriel tel qu’il part."));
            doors.add(new Door(
                    "/coordination/effacements",
                    "Effacements",
                    "Les dossiers clos bientôt effacés, et ce qui l’a été."));
        }
        if (member.groups().contains(Groups.CAMUNDA_ADMIN)) {
            doors.add(new Door(
                    "/camunda/app/cockpit/",
                    "Cockpit",
                    "Surveiller les processus, relancer un job en échec, résoudre un incident."));
            doors.add(new Door(
                    "/camunda/app/admin/", "Admin", "Gérer les personnes, les groupes et leurs autorisations."));
        }
        return doors;
    }

    /** The calls that take a proposal now and that the signed-in person serves, for the start form's choice. */
    @GetMapping("/coordination/appels/ouverts.json")
    @ResponseBody
    List<OpenCall> openCalls(HttpServletRequest request) {
        StaffSession.Member member = StaffSession.member(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.findByStatusOrderByTitle(CallStatus.OPEN).stream()
                .filter(call -> call.acceptsSubmissionsAt(now) && member.serves(call.getReviewerGroup()))
                .map(call -> new OpenCall(call.getSlug(), call.getTitle()))
                .toList();
    }
}
