package org.constellation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.Organiser;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 28, item 7: how to contest a rejection. Once a coordinator confirmed that a proposal is not eligible, the mail
 * and the tracking page say how to contest the decision: the call's own « Voies de recours », else the default, which
 * names the organiser and its address, in the holder's language.
 */
class ContestTextIT extends PostgresIntegrationTest {

    private static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TaskService tasks;

    @Autowired
    Organiser organiser;

    /** A proposal in Lyon, outside the call's territory: found ineligible, then confirmed by another person. */
    Proposal rejected(Call call, String email, String language) {
        Map<String, Object> values = new HashMap<>(submission(call, "Nuit des étoiles à Lyon", email));
        values.put("commune", "Lyon");
        values.put("language", language);
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        complete(
                proposal,
                "reviewerit28",
                Map.of("eligibilityDecision", "INELIGIBLE", "eligibilityReasons", "Hors du territoire de l'appel."));
        complete(proposal, "coordinatorit28", Map.of("ineligibilityConfirmation", "CONFIRMED"));
        Proposal ended = proposals.findById(proposal.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(ProposalStatus.INELIGIBLE);
        return ended;
    }

    void complete(Proposal proposal, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(
                        proposals.findById(proposal.getId()).orElseThrow().getProcessInstanceId())
                .singleResult();
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs();
    }

    /** The rejection's text as the mail client shows it, the plain-text part. */
    String rejection(String email) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).as("the acknowledgement, then the rejection").hasSize(2);
        return part(received[1], "text/plain");
    }

    /** The holder's tracking page, opened from the link of their acknowledgement. */
    String trackingPage(String email, String address) throws Exception {
        Matcher link = TRACKING_LINK.matcher(text(smtp.getReceivedMessagesForDomain(email)[0].getContent()));
        assertThat(link.find()).isTrue();
        PortalClient holder = new PortalClient(port, address);
        assertThat(holder.get("/suivi/" + link.group(1)).statusCode()).isEqualTo(303);
        return holder.get("/suivi").body();
    }

    @Test
    void withoutATextOfItsOwnTheCallTellsTheDefaultNamingTheOrganiserInTheHoldersLanguage() throws Exception {
        Call call = openCall();
        String french = "recours-" + call.getId() + "@example.org";
        rejected(call, french, "fr");
        String defaultFrench =
                "Vous pouvez contester cette décision dans un délai de deux mois à compter de sa réception :"
                        + " par un recours gracieux auprès de " + organiser.getName() + ", à l’adresse "
                        + organiser.getEmail()
                        + ", ou par un recours contentieux devant le tribunal administratif compétent.";
        assertThat(rejection(french))
                .contains("Contester cette décision", defaultFrench)
                // A paragraph of its own, after the team's word and before the reference.
                .containsPattern(
                        "Hors du territoire de l'appel\\.\\R\\RContester cette décision\\R\\RVous pouvez contester")
                .containsPattern("tribunal administratif compétent\\.\\R\\RRéférence");
        assertThat(trackingPage(french, "10.28.8.1")).contains("Contester cette décision", defaultFrench);

        String english = "appeal-" + call.getId() + "@example.org";
        rejected(call, english, "en");
        String defaultEnglish = "You can contest this decision within two months of receiving it: by an informal appeal"
                + " (recours gracieux) to " + organiser.getName() + ", at " + organiser.getEmail();
        assertThat(rejection(english))
                .contains("Contesting this decision", defaultEnglish)
                .doesNotContain("Vous pouvez contester");
        assertThat(trackingPage(english, "10.28.8.2")).contains("Contesting this decision", defaultEnglish);
    }

    @Test
    void aCallsOwnTextReplacesTheDefaultInTheMailAndOnTheTrackingPage() throws Exception {
        String own = "Pour contester cette décision, écrivez au jury de l’appel dans les deux mois.\n"
                + "Il vous répond sous quinze jours.";
        Call call = openCall(settings -> settings.setContestText(own));
        String email = "jury-" + call.getId() + "@example.org";
        rejected(call, email, "fr");
        assertThat(rejection(email))
                .contains(
                        "Contester cette décision",
                        "écrivez au jury de l’appel dans les deux mois.",
                        "Il vous répond sous quinze jours.")
                .doesNotContain("recours gracieux");
        assertThat(trackingPage(email, "10.28.8.3"))
                .contains("écrivez au jury de l’appel dans les deux mois.")
                .doesNotContain("recours gracieux");
    }
}
