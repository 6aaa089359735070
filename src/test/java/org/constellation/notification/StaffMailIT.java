package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mails to the team, through the same outbox: a task assigned by someone else (not one taken by oneself), a task past
 * its due date to every coordinator (once), and the daily digest instead of single mails for those who chose it.
 */
class StaffMailIT extends PostgresIntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    StaffReminders reminders;

    String staff(String id, String... groups) {
        String email = id + "@equipe.example.org";
        User user = identity.newUser(id);
        user.setFirstName("Prénom");
        user.setLastName(id);
        user.setEmail(email);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
        return email;
    }

    Task checkOf(Call call, String title) {
        Map<String, Object> values = submission(call, title, "porteur-" + call.getId() + "@example.org");
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        return tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
    }

    List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessagesForDomain(address));
    }

    @Test
    void aTaskAssignedBySomeoneElseIsMailedOneTakenByOneselfIsNot() throws Exception {
        Call call = openCall();
        String reviewer = "relecteur" + call.getId();
        String reviewerMail = staff(reviewer);
        Task check = checkOf(call, "Une comète en classe");
        try {
            identity.setAuthentication("coord" + call.getId(), List.of(StaffAccessSetup.COORDINATORS));
            tasks.setAssignee(check.getId(), reviewer);
        } finally {
            identity.clearAuthentication();
        }
        runJobs();
        assertThat(mailsTo(reviewerMail)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("[" + call.getTitle() + "] Tâche pour vous : Vérifier l'éligibilité – "
                            + tasks.getVariable(check.getId(), "proposalReference"));
            assertThat(part(mail, "text/plain"))
                    .contains(
                            "Une tâche vous est confiée",
                            "Une comète en classe",
                            "Attribuée à Prénom " + reviewer,
                            "à faire avant le",
                            "/camunda/app/tasklist/");
        });

        Task other = checkOf(call, "Un télescope au collège");
        try {
            identity.setAuthentication(reviewer, List.of(StaffAccessSetup.REVIEWERS));
            tasks.claim(other.getId(), reviewer);
        } finally {
            identity.clearAuthentication();
        }
        runJobs();
        assertThat(mailsTo(reviewerMail)).as("claimed by themselves: no mail").hasSize(1);
    }

    @Test
    void overdueTasksAreToldToCoordinatorsOnceAndDigestReadersGetOneMailADay() throws Exception {
        Call call = openCall();
        String coordinatorMail = staff("coordo" + call.getId(), StaffAccessSetup.COORDINATORS);
        String reader = "lecteur" + call.getId();
        String readerMail = staff(reader, StaffAccessSetup.REVIEWERS, StaffAccessSetup.DAILY_DIGEST);

        Task check = checkOf(call, "Soirée d'observation");
        assertThat(check.getDueDate()).as("every task has a due date").isNotNull();
        tasks.setAssignee(check.getId(), reader);
        Task late = tasks.createTaskQuery().taskId(check.getId()).singleResult();
        late.setDueDate(new Date(System.currentTimeMillis() - 3_600_000));
        tasks.saveTask(late);
        runJobs();
        assertThat(mailsTo(readerMail)).as("digest readers get no single mail").isEmpty();

        assertThat(reminders.tellCoordinatorsOfOverdueTasks()).isPositive();
        assertThat(reminders.tellCoordinatorsOfOverdueTasks()).as("told once").isZero();
        runJobs();
        assertThat(mailsTo(coordinatorMail)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .startsWith("[" + call.getTitle() + "] Tâche en retard : Vérifier l'éligibilité");
            assertThat(part(mail, "text/plain")).contains("Soirée d'observation", "Attribuée à Prénom " + reader);
        });

        assertThat(reminders.sendDailyDigests()).isPositive();
        assertThat(reminders.sendDailyDigests()).as("one a day").isZero();
        runJobs();
        assertThat(mailsTo(readerMail))
                .singleElement()
                .satisfies(mail -> assertThat(part(mail, "text/plain"))
                        .contains("Nouvelles tâches depuis hier", "Soirée d'observation"));
    }
}
