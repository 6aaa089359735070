package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallStatus;
import org.constellation.call.Organiser;
import org.constellation.call.Season;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 28, item 7, a public service's furniture, over HTTP: the accessibility statement, the legal notice and the
 * personal-data page in French and in English, linked from every footer (the portal's, an error page's, the
 * coordinators'); a call opened by coordinators before its opening day announced on the portal, without its form.
 */
class LegalPagesIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Mobilier-Public-2026!";
    private static final List<String> PAGES = List.of("/accessibilite", "/mentions-legales", "/donnees-personnelles");

    @LocalServerPort
    int port;

    @Autowired
    Organiser organiser;

    @Autowired
    CallRepository calls;

    @Autowired
    JdbcTemplate jdbc;

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A visitor with an address of its own. */
    PortalClient visitor() {
        return new PortalClient(port, "10.28.7." + CLIENTS.incrementAndGet());
    }

    HttpResponse<String> page(PortalClient visitor, String path) throws Exception {
        HttpResponse<String> page = visitor.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).doesNotContain("??");
        return page;
    }

    @Test
    void theAccessibilityStatementSaysTheLevelTheChecksTheExceptionsAndTheRemediesInBothLanguages() throws Exception {
        HttpResponse<String> french = page(visitor(), "/accessibilite");
        assertThat(french.headers().firstValue("Content-Security-Policy"))
                .as("a portal page, with its headers")
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
        assertThat(french.body())
                .contains(
                        "<html lang=\"fr\"",
                        "Déclaration d’accessibilité",
                        organiser.getName(),
                        "partiellement conforme",
                        "RGAA",
                        "version 4.1",
                        "Le " + WrittenDates.day(organiser.accessibilityAudited(), Locale.FRENCH)
                                + " : vérifications automatiques",
                        "axe-core",
                        "au clavier",
                        "Cette déclaration a été établie le "
                                + WrittenDates.day(organiser.accessibilityStated(), Locale.FRENCH),
                        // The pages checked, Tasklist among them.
                        "L’accueil du portail",
                        "Le formulaire de dépôt",
                        "La page de remerciement",
                        "La page de suivi",
                        "nouveau lien de suivi",
                        "programme d’une saison",
                        "Les pages de l’équipe",
                        "la connexion, les filtres, la liste des tâches, le formulaire d’une tâche et le formulaire de démarrage",
                        // Camunda's webapps, marked apart.
                        "id=\"contenus-non-conformes\"",
                        "Contenus non conformes",
                        "logiciels tiers",
                        "Cockpit et Admin",
                        "n’ont pas été contrôlés",
                        "diagramme d’un processus n’a pas d’alternative textuelle",
                        // Reporting a problem, then the remedies.
                        "mailto:" + organiser.getEmail(),
                        organiser.getAddress(),
                        "https://formulaire.defenseurdesdroits.fr/",
                        "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07");

        HttpResponse<String> english = page(visitor(), "/accessibilite?lang=en");
        assertThat(english.body())
                .contains(
                        "<html lang=\"en\"",
                        "Accessibility statement",
                        "partially compliant",
                        WrittenDates.day(organiser.accessibilityAudited(), Locale.ENGLISH) + ": automated checks",
                        "Non-compliant content",
                        "Cockpit and Admin",
                        "has no text alternative",
                        "https://formulaire.defenseurdesdroits.fr/",
                        "Libre réponse 71120");
    }

    @Test
    void theLegalNoticeNamesThePublisherItsDirectorItsHostAndItsContact() throws Exception {
        assertThat(page(visitor(), "/mentions-legales").body())
                .contains(
                        "<html lang=\"fr\"",
                        "Mentions légales",
                        "Éditeur",
                        organiser.getName(),
                        organiser.getAddress(),
                        "mailto:" + organiser.getEmail(),
                        "Direction de la publication",
                        "La direction de " + organiser.getName(),
                        "Hébergement",
                        "L’organisme qui héberge ce service",
                        "href=\"/donnees-personnelles\"");
        assertThat(page(visitor().header("Accept-Language", "en-GB,en;q=0.8"), "/mentions-legales")
                        .body())
                .contains(
                        "<html lang=\"en\"",
                        "Legal notice",
                        "Publisher",
                        "Director of publication",
                        "The management of " + organiser.getName(),
                        "The body that hosts this service",
                        organiser.getEmail());
    }

    @Test
    void thePersonalDataPageFollowsTheRegisterWithTheConfiguredPeriodsAndSaysHowToExerciseOnesRights()
            throws Exception {
        assertThat(page(visitor(), "/donnees-personnelles").body())
                .contains(
                        "<html lang=\"fr\"",
                        "Données personnelles",
                        organiser.getName() + " (" + organiser.getAddress() + ") est responsable",
                        // The register's seven processings, in its order.
                        "Étude des propositions et accompagnement",
                        "Courriels aux porteurs",
                        "Mises en relation et forum",
                        "Programme publié",
                        "Conservation et effacement",
                        "Travail de l’équipe",
                        "Données ouvertes des subventions attribuées",
                        "décret n° 2017-779",
                        "Base légale",
                        "mission d’intérêt public",
                        "Votre consentement",
                        // The retention the application applies (constellation.retention.*), in words.
                        "puis 6 mois pour une proposition non retenue",
                        "3 ans pour une proposition programmée",
                        "prévenu par courriel 14 jours avant",
                        "ouvert 18 mois après son dépôt",
                        "Vos droits",
                        "href=\"/suivi/donnees\"",
                        "href=\"/suivi/lien\"",
                        "mailto:" + organiser.getDataProtectionContact(),
                        "Réclamation auprès de la CNIL",
                        "https://www.cnil.fr/fr/plaintes");
        assertThat(page(visitor(), "/donnees-personnelles?lang=en").body())
                .contains(
                        "<html lang=\"en\"",
                        "Personal data",
                        "Reviewing and accompanying proposals",
                        "Open data on the subsidies awarded",
                        "then 6 months for a proposal not retained",
                        "3 years for a programmed one",
                        "Your rights",
                        "Complaint to the CNIL");
    }

    @Test
    void everyFooterLinksTheThreePagesAndThePortalsNamesTheOrganiser() throws Exception {
        for (String language : List.of("fr", "en")) {
            String home = page(visitor(), "/?lang=" + language).body();
            PAGES.forEach(path -> assertThat(home).as(language).contains("href=\"" + path + "\""));
            assertThat(home).contains(organiser.getName());
        }
        String home = page(visitor(), "/").body();
        assertThat(home).contains("Accessibilité : partiellement conforme", "Un service de " + organiser.getName());

        HttpResponse<String> missing = visitor().header("Accept", "text/html").get("/appels/cet-appel-n-existe-pas");
        assertThat(missing.statusCode()).isEqualTo(404);
        PAGES.forEach(path -> assertThat(missing.body()).as("the error page").contains("href=\"" + path + "\""));

        teamMember("coordmobilier", PASSWORD, "coordinators");
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.28.7.200", "coordmobilier", PASSWORD);
        for (String coordinationPage : List.of("/coordination/appels", "/coordination/effacements")) {
            HttpResponse<String> shown = coordinator.get(coordinationPage);
            assertThat(shown.statusCode()).as(coordinationPage).isEqualTo(200);
            PAGES.forEach(path -> assertThat(shown.body()).as(coordinationPage).contains("href=\"" + path + "\""));
            assertThat(shown.body()).contains("Accessibilité : partiellement conforme");
        }
        // The pages need no sign-in: a visitor reaches each from there.
        for (String path : PAGES) {
            page(visitor(), path);
        }
    }

    @Test
    void aCallThatOpensLaterIsAnnouncedWithItsOpeningDayInWordsAndNoForm() throws Exception {
        LocalDate opening = LocalDate.now(PARIS).plusDays(15);
        Call call = openCall(c -> c.setOpensOn(opening));
        assertThat(calls.findById(call.getId()).orElseThrow().getStatus()).isEqualTo(CallStatus.SCHEDULED);
        String form = "/appels/" + call.getSlug() + "/proposer";

        String announced = page(visitor(), "/appels/" + call.getSlug()).body();
        assertThat(announced)
                .contains(
                        call.getTitle(),
                        "Organisé par",
                        organiser.getName(),
                        "Cet appel ouvrira le " + WrittenDates.day(opening, Locale.FRENCH) + ".",
                        call.getSeason().getTitle(),
                        "Date limite de dépôt")
                .doesNotContain(form)
                .doesNotContain("<form");
        assertThat(page(visitor(), "/appels/" + call.getSlug() + "?lang=en").body())
                .contains("This call will open on " + WrittenDates.day(opening, Locale.ENGLISH) + ".", "Organised by");

        // Its form's address says the same, and shows no form.
        String notYet = page(visitor(), form).body();
        assertThat(notYet)
                .contains(
                        "Le dépôt n’est pas encore ouvert",
                        "Cet appel ouvrira le " + WrittenDates.day(opening, Locale.FRENCH) + ".",
                        organiser.getName(),
                        call.getSeason().getTitle())
                .doesNotContain("<form")
                .doesNotContain("name=\"formKey\"");

        // A proposal sent to it anyway (the form of an open call, posted to this one) is refused, nothing stored.
        Call open = openCall();
        PortalClient sender = visitor();
        HttpResponse<String> openForm = sender.get("/appels/" + open.getSlug() + "/proposer");
        assertThat(openForm.statusCode()).isEqualTo(200);
        timeToFillTheForm();
        List<Map.Entry<String, String>> values = new ArrayList<>(PortalClient.hiddenFields(openForm.body()));
        values.addAll(validProposal("Trop tôt", "trop-tot-" + call.getId() + "@example.org"));
        HttpResponse<String> refused = sender.post(form, values);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Cet appel ouvrira le " + WrittenDates.day(opening, Locale.FRENCH));
        assertThat(jdbc.queryForObject("select count(*) from proposal where call_id = ?", Long.class, call.getId()))
                .isZero();
    }

    @Test
    void aDraftStaysTheTeamsAlone() throws Exception {
        LocalDate today = LocalDate.now(PARIS);
        Season season = seasons.save(
                new Season("saison-brouillon-mobilier", "Saison brouillon", today.plusMonths(6), today.plusMonths(18)));
        Call draft = new Call("appel-brouillon-mobilier", season, "Appel brouillon");
        draft.setOpensOn(today.plusDays(15));
        draft.setDeadline(OffsetDateTime.now(PARIS).plusDays(40));
        draft.setContact("Claire Dumas", "appel@example.org");
        calls.save(draft);
        assertThat(visitor().get("/appels/appel-brouillon-mobilier").statusCode())
                .isEqualTo(404);
        assertThat(visitor().get("/appels/appel-brouillon-mobilier/proposer").statusCode())
                .isEqualTo(404);
    }
}
