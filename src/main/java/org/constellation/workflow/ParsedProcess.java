package org.constellation.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A process the engine has just read, as one {@link ModelAddition} sees it: where to add listeners, and the one way to
 * add them, built in or custom as the addition's kind says, each marked with that kind for the table of
 * docs/architecture.md.
 */
public final class ParsedProcess {

    private final Element model;
    private final ProcessDefinitionEntity definition;
    private final ModelAddition.Kind kind;

    ParsedProcess(Element model, ProcessDefinitionEntity definition, ModelAddition.Kind kind) {
        this.model = model;
        this.definition = definition;
        this.kind = kind;
    }

    public String key() {
        return definition.getKey();
    }

    /** A user task: its element in the model, for its attributes, and the task the engine made of it. */
    public record UserTask(Element element, ActivityImpl activity) {

        TaskDefinition definition() {
            return ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        }
    }

    /** Every user task of the process, inside sub-processes too, in the model's order. */
    public List<UserTask> userTasks() {
        List<UserTask> tasks = new ArrayList<>();
        collectUserTasks(model, tasks);
        return tasks;
    }

    private void collectUserTasks(Element element, List<UserTask> tasks) {
        for (Element child : element.elements()) {
            if ("userTask".equals(child.getTagName())) {
                tasks.add(new UserTask(child, definition.findActivity(child.attribute("id"))));
            }
            collectUserTasks(child, tasks);
        }
    }

    /** Runs {@code listener} when the task reaches {@code event} (create, assignment, complete...). */
    public void onTask(UserTask task, String event, String detail, TaskListener listener) {
        TaskListener added = new AddedTaskListener(kind, detail, listener);
        if (kind.builtIn()) {
            task.definition().addBuiltInTaskListener(event, added);
        } else {
            task.definition().addTaskListener(event, added);
        }
    }

    /**
     * Calls {@code ${bean.enter(execution, 'STATUS')}} where each status begins: the step, sub-process or event of that
     * id when it starts, otherwise the sequence flow of that id when it is taken. A status the model sets itself is
     * left to it: older versions carry their own listeners, and their instances still run. The engine refuses a model
     * without one of these ids.
     */
    public void enterStatuses(String bean, Map<String, ? extends Enum<?>> enteredAt) {
        // A model that names the bean is an older version setting some statuses itself: it may lack a later step.
        boolean older = says(model, bean + ".enter(");
        enteredAt.forEach((id, status) -> {
            String call = bean + ".enter(execution, '" + status.name() + "')";
            if (says(model, call)) {
                return;
            }
            ExecutionListener listener = new AddedExecutionListener(
                    kind, status.name(), new ExpressionExecutionListener(expression("${" + call + "}")));
            ActivityImpl activity = definition.findActivity(id);
            if (activity != null) {
                add(activity, ExecutionListener.EVENTNAME_START, listener);
                return;
            }
            TransitionImpl flow = transition(definition, id);
            if (flow == null && older) {
                return;
            }
            if (flow == null) {
                throw new IllegalStateException(key() + " has no step or flow " + id + " to mark a status on");
            }
            add(flow, ExecutionListener.EVENTNAME_TAKE, listener);
        });
    }

    /** Evaluated when its listener runs: the bean it names is looked up then, not when the engine starts. */
    public static Expression expression(String text) {
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text);
    }

    private void add(CoreModelElement element, String event, ExecutionListener listener) {
        if (kind.builtIn()) {
            element.addBuiltInListener(event, listener);
        } else {
            element.addListener(event, listener);
        }
    }

    private static TransitionImpl transition(ScopeImpl scope, String id) {
        for (ActivityImpl activity : scope.getActivities()) {
            TransitionImpl found = activity.findOutgoingTransition(id);
            if (found == null) {
                found = transition(activity, id);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether an attribute of the element or of one inside it contains {@code text}. */
    private static boolean says(Element element, String text) {
        for (String attribute : element.attributes()) {
            String value = element.attribute(attribute);
            if (value != null && value.contains(text)) {
                return true;
            }
        }
        return element.elements().stream().anyMatch(child -> says(child, text));
    }

    /** A listener as an addition added it: the kind that added it, and what it is about (a status, a form). */
    interface Added {

        ModelAddition.Kind kind();

        String detail();
    }

    record AddedTaskListener(ModelAddition.Kind kind, String detail, TaskListener listener)
            implements Added, TaskListener {

        @Override
        public void notify(DelegateTask task) {
            listener.notify(task);
        }
    }

    record AddedExecutionListener(ModelAddition.Kind kind, String detail, ExecutionListener listener)
            implements Added, ExecutionListener {

        @Override
        public void notify(DelegateExecution execution) throws Exception {
            listener.notify(execution);
        }
    }
}
