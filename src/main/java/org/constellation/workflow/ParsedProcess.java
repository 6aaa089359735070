package org.constellation.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
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

    /** A listener as an addition added it: the kind that added it, and what it is about (a form). */
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
}
