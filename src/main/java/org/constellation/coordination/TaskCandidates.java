package org.constellation.coordination;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Who may take a task nobody holds yet, by the names of its candidate groups as Admin shows them: read from the model's
 * user task (its {@code candidateGroups}), where {@code ${reviewerGroup}} is the call's reviewers. Asked of the model
 * rather than of each task's identity links, so that a page of 50 tasks costs one group query.
 */
@Component
class TaskCandidates {

    private static final String REVIEWER_GROUP = "${" + ProcessVariables.REVIEWER_GROUP + "}";

    private final RepositoryService repository;
    private final IdentityService identity;

    TaskCandidates(RepositoryService repository, IdentityService identity) {
        this.repository = repository;
        this.identity = identity;
    }

    /** Per task id, its candidate groups' names ("Relecteurs, Coordination"), for the tasks of {@code tasks}. */
    Map<String, String> of(Collection<Task> tasks, Function<Task, String> reviewerGroup) {
        Map<String, List<String>> groupIds = new LinkedHashMap<>();
        for (Task task : tasks) {
            groupIds.put(
                    task.getId(),
                    groupsOf(task).stream()
                            .map(group -> REVIEWER_GROUP.equals(group) ? reviewerGroup.apply(task) : group)
                            .filter(group -> group != null && !group.contains("${"))
                            .toList());
        }
        Set<String> all = groupIds.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, String> names = all.isEmpty()
                ? Map.of()
                : identity.createGroupQuery().groupIdIn(all.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(
                                Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        Map<String, String> described = new HashMap<>();
        groupIds.forEach((taskId, ids) -> described.put(
                taskId, ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "))));
        return described;
    }

    private List<String> groupsOf(Task task) {
        UserTask model = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        String groups = model == null ? null : model.getCamundaCandidateGroups();
        return groups == null || groups.isBlank()
                ? List.of()
                : Arrays.stream(groups.split(",")).map(String::trim).toList();
    }
}
