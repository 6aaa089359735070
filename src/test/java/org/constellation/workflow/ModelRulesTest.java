package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.constellation.notification.MailTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rules the engine does not check at deployment but that cost days when broken (see camunda7-guide.md). */
class ModelRulesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final File PROCESSES = new File("processes");
    static final File FORMS = new File("forms");
    static final File MAIL_PAGES = new File("src/main/resources/templates/mail");

    static List<File> bpmnFiles() {
        return Arrays.stream(PROCESSES.listFiles((dir, name) -> name.endsWith(".bpmn")))
                .sorted()
                .toList();
    }

    /** The application's Java, every file of src/main/java in one text. */
    static String mainSources() throws IOException {
        StringBuilder java = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                java.append(Files.readString(file));
            }
        }
        return java.toString();
    }

    static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new TreeSet<>();
        for (File form : FORMS.listFiles((dir, name) -> name.endsWith(".form"))) {
            String id = json.readTree(form).path("id").asText();
            assertThat(form.getName()).as("form file named after its id").isEqualTo(id + ".form");
            ids.add(id);
        }
        return ids;
    }

    /** A process is one the application starts, which its Java names: a model nothing names is dead. */
    @Test
    void everyProcessIsNamedByTheJavaAndAfterItsFileAndKeepsHistoryForALimitedTime() throws IOException {
        String java = mainSources();
        assertThat(bpmnFiles()).as("models in processes/").isNotEmpty();
        for (File file : bpmnFiles()) {
            Process process = single(Bpmn.readModelFromFile(file).getModelElementsByType(Process.class));
            assertThat(file.getName()).isEqualTo(process.getId() + ".bpmn");
            assertThat(java).as(process.getId() + " named in src/main/java").contains("\"" + process.getId() + "\"");
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as(process.getId())
                    .isNotBlank();
        }
    }

    /** The steps the engine runs itself, each in a job of its own that retries on a failure (an incident at last). */
    @Test
    void everyServiceAndBusinessRuleTaskIsAsyncWithARetryCycle() {
        for (File file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            List<Task> steps = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
            steps.addAll(model.getModelElementsByType(BusinessRuleTask.class));
            for (Task task : steps) {
                assertThat(task.isCamundaAsyncBefore())
                        .as(task.getId() + " asyncBefore")
                        .isTrue();
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                                .count())
                        .as(task.getId() + " retry cycle")
                        .isEqualTo(1);
            }
        }
    }

    /** A mail step names a mail we have: a MailTemplate with its page (a name given by an expression is the Java's). */
    @Test
    void everyMailAModelQueuesIsAMailWeHave() {
        Set<String> named = new TreeSet<>();
        for (File file : bpmnFiles()) {
            for (CamundaInputParameter input :
                    Bpmn.readModelFromFile(file).getModelElementsByType(CamundaInputParameter.class)) {
                String name = input.getTextContent().strip();
                if (ProcessVariables.MAIL_TEMPLATE.equals(input.getCamundaName()) && !name.startsWith("${")) {
                    assertThatCode(() -> MailTemplate.named(name))
                            .as(file.getName() + ": " + name)
                            .doesNotThrowAnyException();
                    assertThat(new File(MAIL_PAGES, name + ".html"))
                            .as(file.getName() + ": " + name)
                            .exists();
                    named.add(name);
                }
            }
        }
        assertThat(named).as("mails the models queue").isNotEmpty();
    }

    @Test
    void mailTasksAreSavedAfterSendingSoThatALaterFailureNeverSendsThemAgain() {
        for (File file : bpmnFiles()) {
            Bpmn.readModelFromFile(file).getModelElementsByType(ServiceTask.class).stream()
                    .filter(task -> "${queueMail}".equals(task.getCamundaDelegateExpression()))
                    .forEach(task -> assertThat(task.isCamundaAsyncAfter())
                            .as(task.getId())
                            .isTrue());
        }
    }

    @Test
    void everyHumanStepHasAFormOfThisDeploymentThatExists() throws IOException {
        Set<String> forms = formIds();
        for (File file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(forms).as(task.getId()).contains(task.getCamundaFormRef());
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(forms).contains(start.getCamundaFormRef());
                    assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
                }
            }
        }
    }

    @Test
    void technicalIdsAreStableAndReadable() {
        for (File file : bpmnFiles()) {
            Collection<FlowNode> nodes = Bpmn.readModelFromFile(file).getModelElementsByType(FlowNode.class);
            assertThat(nodes).allSatisfy(node -> {
                assertThat(node.getId())
                        .matches("(Task|Gateway|Event|StartEvent|EndEvent|BoundaryEvent|SubProcess)_[A-Z][A-Za-z]+");
                assertThat(node.getName())
                        .as(node.getId() + " has a name for people")
                        .isNotBlank();
            });
        }
    }

    @Test
    void theDeployerShipsEveryModelAndFormTogetherUnderStableNames() throws IOException {
        new ModelDeployer().postProcessEngineBuild(engine.getProcessEngine());
        RepositoryService repository = engine.getRepositoryService();
        String deploymentId = repository
                .createDeploymentQuery()
                .deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .singleResult()
                .getId();
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .contains(
                        "processes/proposal-lifecycle.bpmn",
                        "processes/call-lifecycle.bpmn",
                        "forms/proposal-submission.form");
        assertThat(repository.getDeploymentResourceNames(deploymentId).stream()
                        .filter(name -> name.startsWith("forms/"))
                        .collect(Collectors.toSet()))
                .isEqualTo(formIds().stream().map(id -> "forms/" + id + ".form").collect(Collectors.toSet()));
        String proposalDefinition = repository
                .createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .singleResult()
                .getId();
        assertThat(engine.getFormService().getDeployedStartForm(proposalDefinition))
                .isNotNull();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    /** Pictures drawn by tools/diagrams/render carry the SHA-256 of the model they were drawn from. */
    @Test
    void thePicturesInTheDocsAreDrawnFromTheModelsAsTheyAreNow() throws Exception {
        File pictures = new File("docs/diagrams");
        Set<String> expected = new TreeSet<>();
        for (File file : bpmnFiles()) {
            String name = file.getName().replace(".bpmn", "");
            String stamp = "(sha256 "
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.toPath())))
                    + ")";
            expected.add(name + ".svg");
            Bpmn.readModelFromFile(file).getModelElementsByType(BpmnPlane.class).stream()
                    .map(plane -> plane.getBpmnElement())
                    .filter(element -> element instanceof SubProcess)
                    .forEach(element -> expected.add(name + "." + element.getId() + ".svg"));
            for (String picture :
                    expected.stream().filter(p -> p.startsWith(name + ".")).toList()) {
                File svg = new File(pictures, picture);
                assertThat(svg).as(picture + ": run tools/diagrams/render").exists();
                assertThat(Files.readString(svg.toPath()))
                        .as(picture + " is stale: run tools/diagrams/render")
                        .contains(stamp);
            }
        }
        assertThat(pictures.list((dir, name) -> name.endsWith(".svg")))
                .as("no picture of a model that is gone")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static <T extends BaseElement> T single(Collection<T> elements) {
        assertThat(elements).hasSize(1);
        return elements.iterator().next();
    }
}
