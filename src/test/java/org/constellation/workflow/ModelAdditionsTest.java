package org.constellation.workflow;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * What the engine adds to the models is what docs/architecture.md's table says (ADR 17): every {@link ModelAddition} of
 * the application, applied to the real models by the engine's own parser. A new addition, or one that attaches
 * elsewhere, fails here until the table is pasted anew; so does a listener added to the models any other way.
 */
class ModelAdditionsTest {

    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final String BEGIN = "<!-- model-additions: begin (ModelAdditionsTest) -->";
    static final String END = "<!-- model-additions: end -->";
    /** The events listeners run on, in the order of a step's life. */
    static final List<String> EVENTS =
            List.of("start", "take", "create", "assignment", "update", "complete", "delete", "end");

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.constellation");

    @Test
    void theArchitectureSaysWhatTheEngineAddsToEachElement() throws Exception {
        String table = table(additions());
        String text = Files.readString(ARCHITECTURE);
        assertThat(text).as("docs/architecture.md marks its table").contains(BEGIN, END);
        String documented = text.substring(text.indexOf(BEGIN) + BEGIN.length(), text.indexOf(END))
                .strip();
        assertThat(documented)
                .as("the table of docs/architecture.md between its markers; paste the expected one")
                .isEqualTo(table);
    }

    @Test
    void nothingElseAddsListenersWhenTheEngineReadsAModel() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ModelAdditions.class)
                .should()
                .callMethodWhere(target(nameMatching("(get|set)Custom(Pre|Post)BPMNParseListeners|getParseListeners")))
                .because("ModelAdditions is the one parse listener (ADR 17)")
                .check(APPLICATION);
        noClasses()
                .that()
                .doNotBelongToAnyOf(ParsedProcess.class)
                .should()
                .callMethodWhere(target(nameMatching("add(BuiltIn)?(Task)?Listener"))
                        .and(target(declaredIn(resideInAPackage("org.camunda..")))))
                .because("ParsedProcess adds every listener, marked for the table (ADR 17)")
                .check(APPLICATION);
    }

    /**
     * Every addition of the application, as Spring finds them: a component each, built without Spring because it looks
     * its beans up when its listeners run.
     */
    static List<ModelAddition> additions() throws Exception {
        List<ModelAddition> additions = new ArrayList<>();
        for (JavaClass type : APPLICATION) {
            if (type.isAssignableTo(ModelAddition.class)
                    && !type.isInterface()
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                Class<?> addition = type.reflect();
                assertThat(addition.isAnnotationPresent(Component.class))
                        .as(addition.getName() + " is a component")
                        .isTrue();
                additions.add((ModelAddition) addition.getDeclaredConstructor().newInstance());
            }
        }
        assertThat(additions).isNotEmpty();
        return additions;
    }

    /** One row per element of the models the additions add to, as the engine reads them. */
    static String table(List<ModelAddition> additions) throws Exception {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("model-additions");
        configuration.setJdbcUrl("jdbc:h2:mem:model-additions");
        configuration.setJobExecutorActivate(false);
        List<ProcessEnginePlugin> plugins = List.of(new ModelAdditions(additions));
        configuration.setProcessEnginePlugins(plugins);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
            for (File model : ModelRulesTest.bpmnFiles()) {
                deployment.addInputStream(
                        model.getName(), new ByteArrayInputStream(Files.readAllBytes(model.toPath())));
            }
            List<ProcessDefinition> processes =
                    new ArrayList<>(deployment.deployWithResult().getDeployedProcessDefinitions());
            processes.sort(Comparator.comparing(ProcessDefinition::getKey));
            StringBuilder table = new StringBuilder(
                    "| Process | Element | What the engine adds, event by event, in the order it runs |\n"
                            + "| --- | --- | --- |");
            for (ProcessDefinition process : processes) {
                Map<String, String> added = new TreeMap<>();
                collect(
                        (ProcessDefinitionEntity) ((RepositoryServiceImpl) engine.getRepositoryService())
                                .getDeployedProcessDefinition(process.getId()),
                        added);
                added.forEach((element, listeners) -> table.append("\n| `")
                        .append(process.getKey())
                        .append("` | `")
                        .append(element)
                        .append("` | ")
                        .append(listeners)
                        .append(" |"));
            }
            return table.toString();
        } finally {
            engine.close();
        }
    }

    private static void collect(ScopeImpl scope, Map<String, String> added) {
        for (ActivityImpl activity : scope.getActivities()) {
            List<String> events = new ArrayList<>();
            for (String event : EVENTS) {
                List<Object> listeners = new ArrayList<>(activity.getListeners(event));
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior task
                        && task.getTaskDefinition().getAllTaskListenersForEvent(event) != null) {
                    // Built-in first, then the others: the order the task runs them in.
                    listeners.addAll(task.getTaskDefinition().getAllTaskListenersForEvent(event));
                }
                describe(event, listeners, events);
            }
            if (!events.isEmpty()) {
                added.put(activity.getId(), String.join("; ", events));
            }
            for (PvmTransition transition : activity.getOutgoingTransitions()) {
                List<String> taken = new ArrayList<>();
                describe(
                        ExecutionListener.EVENTNAME_TAKE,
                        ((TransitionImpl) transition).getListeners(ExecutionListener.EVENTNAME_TAKE),
                        taken);
                if (!taken.isEmpty()) {
                    added.put(transition.getId(), String.join("; ", taken));
                }
            }
            collect(activity, added);
        }
    }

    /** {@code event: listener, listener} for the listeners an addition added, in the order they run. */
    private static void describe(String event, List<?> listeners, List<String> events) {
        List<String> names = listeners.stream()
                .filter(ParsedProcess.Added.class::isInstance)
                .map(ParsedProcess.Added.class::cast)
                .map(added -> added.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (added.detail() == null ? "" : " `" + added.detail() + "`")
                        + (added.kind().builtIn() ? "" : " (custom)"))
                .toList();
        if (!names.isEmpty()) {
            events.add(event + ": " + String.join(", ", names));
        }
    }
}
