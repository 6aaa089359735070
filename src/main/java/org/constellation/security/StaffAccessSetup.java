package org.constellation.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.constellation.workflow.PriorityWords;
import org.constellation.workflow.ProcessVariables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organising team's groups, what each may do, and their Tasklist filters. Runs at every start and only adds what is
 * missing, so that several nodes or restarts never duplicate anything.
 */
@Component
@Order(1)
public class StaffAccessSetup implements ApplicationRunner {

    public static final String REVIEWERS = "reviewers";
    public static final String COORDINATORS = "coordinators";
    /** The default expert group of a call with a jury; experts may be outside the organisation. */
    public static final String EXPERTS = "experts";
    /** The tasks of an expert's seat: declaring their interests, then scoring. */
    static final List<String> EXPERT_TASKS = List.of(ExpertDisclosureGuard.BEFORE_DECLARATION, "Task_ScoreProposal");
    /** Members get one mail a day listing their new tasks instead of one mail per task. */
    public static final String DAILY_DIGEST = "dailydigest";
    /**
     * The finance department (issue 32): confirms the payments of funded projects in Tasklist, reads the calls' payment
     * lists; starts nothing and reads no case.
     */
    public static final String FINANCE = "finance";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    public StaffAccessSetup(
            IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        requireDirectAdministrator();
        group(REVIEWERS, "Relecteurs");
        group(COORDINATORS, "Coordination");
        group(DAILY_DIGEST, "Résumé quotidien des tâches");
        group(EXPERTS, "Experts");
        grantExpertAccess(EXPERTS);
        group(FINANCE, "Service financier");
        // Tasklist only: its payments come to it as candidate group, each task's form says what to pay.
        grant(FINANCE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        List.of(REVIEWERS, COORDINATORS).forEach(this::grantStaffAccess);
        grant(
                COORDINATORS,
                Resources.PROCESS_DEFINITION,
                ProcessVariables.CALL_LIFECYCLE,
                Permissions.READ,
                Permissions.READ_HISTORY);
        // Coordinators share the reviewers' work out: they see and reassign every task of a proposal, and read every
        // case's history; a reviewer reads the history of their calls' cases only (CaseHistoryAccess).
        grant(
                COORDINATORS,
                Resources.PROCESS_DEFINITION,
                ProcessVariables.PROPOSAL_LIFECYCLE,
                Permissions.READ_TASK,
                Permissions.UPDATE_TASK,
                Permissions.READ_HISTORY);
        revokeCaseHistoryFromReviewers();

        filter("Mes tâches", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), -10, null);
        // The two lists a reviewer works from come in the order work should be done: priority, then due date.
        filter(
                "Proposées pour moi",
                tasks.createTaskQuery()
                        .taskInvolvedUserExpression("${currentUser()}")
                        .taskUnassigned()
                        .orderByTaskPriority()
                        .desc()
                        .orderByDueDate()
                        .asc(),
                -8,
                null);
        filter(
                "Tâches de mes groupes",
                tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned(),
                -5,
                null);
        // The tasks a reviewer can take: a task a colleague holds is theirs, and only coordinators reassign it.
        filter(
                "Propositions à instruire",
                tasks.createTaskQuery()
                        .taskCandidateGroup(REVIEWERS)
                        .orderByTaskPriority()
                        .desc()
                        .orderByDueDate()
                        .asc(),
                0,
                REVIEWERS);
        // An expert works on the seats given to them by name, the nearest due date first.
        filter(
                "Propositions à expertiser",
                tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskDefinitionKeyIn(EXPERT_TASKS.toArray(String[]::new))
                        .orderByDueDate()
                        .asc(),
                -9,
                EXPERTS);
        // The payments to confirm, the oldest first: the finance department pays them in the order they came.
        filter(
                "Versements à confirmer",
                tasks.createTaskQuery()
                        .taskCandidateGroup(FINANCE)
                        .includeAssignedTasks()
                        .orderByTaskCreateTime()
                        .asc(),
                -7,
                FINANCE);
        filter(
                "Coordination des appels",
                tasks.createTaskQuery().taskCandidateGroup(COORDINATORS).includeAssignedTasks(),
                5,
                COORDINATORS);
    }

    /**
     * The groups a call may give its proposals or its jury's seats to: the team's, not the digest, nor the finance
     * department, which reads no case.
     */
    public List<Group> reviewerGroups() {
        return identity.createGroupQuery().orderByGroupName().asc().list().stream()
                .filter(g -> !DAILY_DIGEST.equals(g.getId()) && !FINANCE.equals(g.getId()))
                .toList();
    }

    /** SEC-04: Admin's first-run setup is open while camunda-admin has no direct member; never start like that. */
    private void requireDirectAdministrator() {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("The group camunda-admin has no direct member: set camunda.bpm.admin-user");
        }
    }

    /**
     * What every reviewing group may do: a call may give its proposals to a group of its own (its reviewers), which
     * then gets this when the call names it.
     */
    public void grantStaffAccess(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Staff enter proposals received by mail or phone through the start form (and nothing else: ProcessStartGuard).
        grant(
                group,
                Resources.PROCESS_DEFINITION,
                ProcessVariables.PROPOSAL_LIFECYCLE,
                Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // Choosing a follow-up person means seeing colleagues.
        grant(group, Resources.USER, Authorization.ANY, Permissions.READ);
    }

    /**
     * What an expert group may do: open Tasklist, where their seats come to them by name; they start nothing and see no
     * colleague (an expert may be outside the organisation).
     */
    public void grantExpertAccess(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    /**
     * Earlier versions let every reviewing group read the history of every proposal, whichever call it belongs to: the
     * permission on the shared process definition goes, the grants per case stay.
     */
    private void revokeCaseHistoryFromReviewers() {
        authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ProcessVariables.PROPOSAL_LIFECYCLE)
                .hasPermission(Permissions.READ_HISTORY)
                .list()
                .stream()
                .filter(grant -> grant.getGroupId() != null
                        && !COORDINATORS.equals(grant.getGroupId())
                        && !Groups.CAMUNDA_ADMIN.equals(grant.getGroupId()))
                .forEach(grant -> {
                    grant.removePermission(Permissions.READ_HISTORY);
                    authorizations.saveAuthorization(grant);
                });
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * A filter for everyone (group null) or one group, showing each task's priority in words (the task's own variable:
     * the team reads a task's variables, not its process's; the task's name says the proposal and the call). A filter
     * an earlier version created takes the query and columns of this one, so that a corrected filter reaches every
     * installation.
     */
    private void filter(String name, TaskQuery query, int priority, String groupId) {
        Map<String, Object> properties = Map.of(
                "priority",
                priority,
                "description",
                name,
                "refresh",
                true,
                "variables",
                List.of(Map.of("name", PriorityWords.VARIABLE.name(), "label", "Priorité")));
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            String wanted = ((FilterEntity) filters.newTaskFilter(name).setQuery(query)).getQueryInternal();
            if (!wanted.equals(((FilterEntity) existing).getQueryInternal())
                    || !properties
                            .get("variables")
                            .equals(existing.getProperties().get("variables"))) {
                filters.saveFilter(existing.setQuery(query).setProperties(properties));
            }
            return;
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
        Authorization read = authorizations.createNewAuthorization(
                groupId == null ? Authorization.AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
        if (groupId != null) {
            read.setGroupId(groupId);
        } else {
            read.setUserId(Authorization.ANY);
        }
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
    }
}
