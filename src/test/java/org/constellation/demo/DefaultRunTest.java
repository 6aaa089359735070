package org.constellation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.constellation.matching.PartnerSuggestions;
import org.constellation.matching.engine.Suggestion;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What `./mvnw spring-boot:run` gives a newcomer: the default profile on H2 with demo staff, last season's programme on
 * the public agenda (its label's events among them), this season's call open with thirteen proposals over the phases
 * (one renewed from last season), reviewers' filters, and mail captured as .eml files.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:default-run;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
@AutoConfigureMockMvc
class DefaultRunTest {

    @TempDir
    static Path mailDirectory;

    @DynamicPropertySource
    static void capturedMail(DynamicPropertyRegistry registry) {
        registry.add("constellation.mail.capture-dir", mailDirectory::toString);
    }

    @Autowired
    ProposalRepository proposals;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FilterService filters;

    @Autowired
    IdentityService identity;

    @Autowired
    PartnerSuggestions suggestions;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    MockMvc web;

    @Test
    void thePublicAgendaShowsLastSeasonsReleasedProgrammeAndARenewalShowsItsHistory() throws Exception {
        Proposal meteorites = proposals.findAll().stream()
                .filter(p -> p.getTitle().equals("Météorites : pierres tombées du ciel"))
                .findFirst()
                .orElseThrow();
        String season = meteorites.getCall().getSeason().getSlug();
        String home = web.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("Environnement et biodiversité, sciences de la Terre", "/programme/" + season);
        String agenda = web.perform(get("/programme/" + season))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(agenda)
                .contains(
                        "Météorites : pierres tombées du ciel",
                        "Nuit des étoiles au parc Paul Mistral",
                        "Rencontre avec des astrophysiciens");

        // This season's call publishes its processing times, the applicants' waits apart; last season's does not.
        String delays = web.perform(get("/appels/environnement-et-biodiversite/delais"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(delays).contains("Vérification de l’éligibilité", "jour(s)", "Sur 9 proposition(s) étudiée(s)");
        web.perform(get("/appels/une-saison-dans-les-etoiles/delais")).andExpect(status().isNotFound());

        Proposal renewed = proposals.findAll().stream()
                .filter(p -> meteorites.getId().equals(p.getRenewedFromId()))
                .findFirst()
                .orElseThrow();
        assertThat(renewed.getTitle()).isEqualTo("Roches et fossiles des Alpes");
        Task check = tasks.createTaskQuery()
                .processInstanceId(renewed.getProcessInstanceId())
                .singleResult();
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckEligibility");
        assertThat(check.getName())
                .as("Tasklist tells the tasks apart")
                .isEqualTo("Vérifier l'éligibilité · " + renewed.getReference() + " · Roches et fossiles des Alpes");
        assertThat((String) tasks.getVariable(check.getId(), "renewedFrom"))
                .contains("Météorites : pierres tombées du ciel", "Une saison dans les étoiles", "Fiche programme");
    }

    @Test
    void lastSeasonsExhibitionIsOnTheAgendaEveryMonthItRunsAndEveryOtherEventHasItsOwnHours() throws Exception {
        Proposal meteorites = proposals.findAll().stream()
                .filter(p -> p.getTitle().equals("Météorites : pierres tombées du ciel"))
                .findFirst()
                .orElseThrow();
        String season = "/programme/" + meteorites.getCall().getSeason().getSlug();
        LocalDate first = meteorites.getPlannedStart();
        LocalDate last = meteorites.getPlannedEnd();
        String dates = "Du " + WrittenDates.day(first, Locale.FRENCH) + " au " + WrittenDates.day(last, Locale.FRENCH);
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(last));
                month = month.plusMonths(1)) {
            assertThat(page(season + "/mois/" + month))
                    .as(month.toString())
                    .contains("Météorites : pierres tombées du ciel", dates)
                    .doesNotContain("Aucun événement ce mois-ci");
        }
        assertThat(page(season))
                .as("the list, under each month")
                .contains("Novembre " + first.getYear(), "Décembre " + first.getYear(), dates)
                .doesNotContain(">Grenoble, Grenoble<")
                .contains(">Muséum, jardin des Plantes, Grenoble<");
        assertThat(page(season + "/" + meteorites.getReference().toLowerCase())).contains(dates);

        String feed = page(season + ".ics");
        assertThat(feed)
                .as("an exhibition without hours is all-day, DTEND the day after its last")
                .contains(
                        "DTSTART;VALUE=DATE:" + first.format(DateTimeFormatter.BASIC_ISO_DATE),
                        "DTEND;VALUE=DATE:" + last.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(feed)
                .as("the night of stars at 21:00, the meetings at 18:30 each evening")
                .containsPattern("DTSTART;TZID=Europe/Paris:\\d{8}T210000")
                .containsPattern("RDATE;TZID=Europe/Paris:.*T183000")
                .doesNotContainPattern("DTSTART;TZID=Europe/Paris:\\d{8}T140000");
        assertThat(feed.replace("\r\n ", ""))
                .as("the summary is not said twice")
                .containsOnlyOnce("Exposition et ateliers autour des météorites");

        // The public finds last season's programme, not this season's, which has no release yet.
        String thisSeason = proposals.findAll().stream()
                .filter(p -> p.getCall().getSlug().equals(DemoData.CALL_SLUG))
                .findFirst()
                .orElseThrow()
                .getCall()
                .getSeason()
                .getSlug();
        assertThat(page("/"))
                .contains("href=\"" + season + "\"")
                .doesNotContain("href=\"/programme/" + thisSeason + "\"");
    }

    private String page(String path) throws Exception {
        return web.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoShowsRealWorkAtFirstStart() throws IOException {
        Map<ProposalStatus, Long> byStatus =
                proposals.findAll().stream().collect(Collectors.groupingBy(Proposal::getStatus, Collectors.counting()));
        assertThat(byStatus)
                .containsEntry(ProposalStatus.ELIGIBILITY_CHECK, 3L)
                .containsEntry(ProposalStatus.INFORMATION_REQUESTED, 1L)
                .containsEntry(ProposalStatus.INELIGIBLE, 1L)
                .containsEntry(ProposalStatus.ACCOMPANIMENT, 3L)
                .containsEntry(ProposalStatus.MATCHING, 3L)
                .containsEntry(ProposalStatus.AWAITING_FORUM, 2L)
                // Last season's three and the three events of its label, whose programme the public agenda shows.
                .containsEntry(ProposalStatus.PUBLISHED, 6L);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessVariables.CALL_LIFECYCLE)
                        .count())
                .isOne();

        // Partner matching on this season's call: the Grenoble exhibition needing a room is offered the room of Meylan,
        // next door, first; the Grenoble room of a holder who refused introductions is never shown.
        Proposal exhibition = proposals.findAll().stream()
                .filter(p -> p.getTitle().equals("Les ordinateurs qui prévoient le temps"))
                .findFirst()
                .orElseThrow();
        Proposal refused = proposals.findAll().stream()
                .filter(p -> p.getTitle().equals("Une salle de quartier"))
                .findFirst()
                .orElseThrow();
        List<Suggestion> suggested = suggestions.forProposal(exhibition.getId(), 5);
        assertThat(suggested.get(0).partnerTitle()).isEqualTo("Une salle de spectacle pour la saison");
        assertThat(suggested.get(0).explanation()).startsWith("prête une salle pour 300 personnes à Meylan, à 6 km");
        assertThat(suggested).extracting(Suggestion::partnerId).doesNotContain(refused.getId());
        Task matching = tasks.createTaskQuery()
                .processInstanceId(exhibition.getProcessInstanceId())
                .singleResult();
        assertThat(matching.getTaskDefinitionKey()).isEqualTo("Task_MatchPartners");
        String options =
                tasks.getVariable(matching.getId(), "partnerCandidates").toString();
        assertThat(options)
                .contains("Suggéré : Une salle de spectacle pour la saison — prête une salle pour 300 personnes")
                .doesNotContain("Une salle de quartier")
                .doesNotContain("\"" + refused.getId() + "\"");
        assertThat(tasks.getVariable(matching.getId(), "introducedPartners").toString())
                .as("the best suggestions come ticked")
                .contains("\"" + suggested.get(0).partnerId() + "\"");

        identity.setAuthentication("reviewer1", List.of("reviewers"));
        try {
            Map<String, Long> visible = filters.createFilterQuery().listPage(0, 50).stream()
                    .collect(Collectors.toMap(Filter::getName, filter -> filters.count(filter.getId()), (a, b) -> a));
            assertThat(visible)
                    .containsKeys("Mes tâches", "Tâches de mes groupes", "Propositions à instruire")
                    .doesNotContainKey("Coordination des appels");
            // Three checks and three accompaniment plans anyone may take; the three matchings are their follow-up's.
            assertThat(visible.get("Propositions à instruire")).isEqualTo(6L);
            assertThat(filters.<Task>listPage(
                            filters.createFilterQuery()
                                    .filterName("Mes tâches")
                                    .singleResult()
                                    .getId(),
                            0,
                            50))
                    .allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("reviewer1"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(identity.checkPassword("reviewer2", "demo")).isTrue();
        // The finance department's member, for a call that funds: in its group alone.
        assertThat(identity.createGroupQuery().groupMember("finance1").list())
                .extracting(Group::getId)
                .containsExactly(StaffAccessSetup.FINANCE);

        // The job executor, off here, would deliver the mails the demo queued.
        management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        try (Stream<Path> mails = Files.list(mailDirectory)) {
            List<Path> captured = mails.toList();
            assertThat(captured).hasSizeGreaterThanOrEqualTo(12);
            // Acknowledgements and requests for information carry the applicant's private tracking link.
            assertThat(captured)
                    .anySatisfy(mail -> assertThat(Files.readString(mail)).contains("http://localhost:8080/suivi/"));
            for (Path mail : captured) {
                assertThat(mail.toString()).endsWith(".eml");
                assertThat(Files.readString(mail)).contains("To: ").contains("@example.org");
            }
        }
    }
}
