package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/tracking-link.bpmn")
class TrackingLinkProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    RecordingMailDelegate mail = new RecordingMailDelegate();

    @BeforeEach
    void registerBeans() {
        Mocks.register("queueMail", mail);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    ProcessInstance request() {
        return request("tracking-link");
    }

    ProcessInstance request(String linkMail) {
        return runtimeService()
                .startProcessInstanceByKey(
                        ProcessVariables.TRACKING_LINK,
                        "P-REFERENCE",
                        Map.of(ProcessVariables.PROPOSAL_ID, 7L, ProcessVariables.LINK_MAIL, linkMail));
    }

    @Test
    void theNewLinkLeavesFromAJobSoThatTheRequestAnswersAtOnce() {
        ProcessInstance link = request();
        assertThat(link).isWaitingAt("Task_SendTrackingLink");
        assertThat(mail.templates).isEmpty();

        execute(job(link));
        execute(job(link));
        assertThat(link).isEnded();
        assertThat(mail.templates).containsExactly("tracking-link");
        assertThat(mail.recipients).containsExactly(7L);
    }

    @Test
    void aWithdrawalConfirmationLeavesTheSameWay() {
        ProcessInstance link = request("withdrawal-confirmation");
        execute(job(link));
        execute(job(link));
        assertThat(link).isEnded();
        assertThat(mail.templates).containsExactly("withdrawal-confirmation");
    }

    @Test
    void aFailingSmtpServerIsRetriedThenShowsAnIncident() {
        mail.smtpDown = true;
        ProcessInstance link = request();
        for (int attempt = 0; attempt < 5; attempt++) {
            Job job = job(link);
            try {
                managementService().executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // The job keeps its failure; the engine lowers its retries.
            }
        }
        assertThat(job(link).getRetries()).isZero();
        List<?> incidents = runtimeService()
                .createIncidentQuery()
                .processInstanceId(link.getId())
                .list();
        assertThat(incidents).hasSize(1);
    }
}
