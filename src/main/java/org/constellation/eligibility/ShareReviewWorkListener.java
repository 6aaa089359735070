package org.constellation.eligibility;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On creating an eligibility check: proposes it to one reviewer of its candidate group, so that checks are shared out
 * rather than picked by whoever looks first. The reviewer who decided the proposal's previous check keeps it; otherwise
 * reviewers who declared one of its themes come first, and among them the one with the fewest open tasks.
 *
 * <p>The task becomes a candidate task of that reviewer (Tasklist filter "Proposées pour moi"), not an assigned one:
 * the applicant may correct a proposal until a reviewer takes up its check, and any reviewer of the group may still
 * claim it. A reviewer declares themes by membership of groups of type {@code theme:{code of the theme}}.
 */
@Component("shareReviewWork")
public class ShareReviewWorkListener implements TaskListener {

    public static final String THEME_GROUP_TYPE_PREFIX = "theme:";

    private final IdentityService identity;
    private final TaskService tasks;
    private final Proposals proposals;

    public ShareReviewWorkListener(IdentityService identity, TaskService tasks, Proposals proposals) {
        this.identity = identity;
        this.tasks = tasks;
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
        if (groups.isEmpty()) {
            return;
        }
        List<String> reviewers = identity.createUserQuery().memberOfGroup(groups.get(0)).list().stream()
                .map(User::getId)
                .sorted()
                .toList();
        if (reviewers.isEmpty()) {
            return;
        }
        Object previous = task.getVariable(RecordEligibilityDecisionListener.REVIEWER);
        if (previous != null && reviewers.contains(previous)) {
            task.addCandidateUser((String) previous);
            return;
        }
        Set<String> themes = proposals
                .find((Long) task.getVariable(ProcessVariables.PROPOSAL_ID))
                .map(proposal -> Set.copyOf(proposal.getThemes()))
                .orElse(Set.of());
        List<String> themeReviewers = reviewers.stream()
                .filter(reviewer -> declaresOneOf(reviewer, themes))
                .toList();
        List<String> pool = themeReviewers.isEmpty() ? reviewers : themeReviewers;
        // Sorted by id above, so that equal loads always go to the same person (stable, testable).
        pool.stream().min(Comparator.comparingLong(this::openTasks)).ifPresent(task::addCandidateUser);
    }

    /** Tasks the person is assigned, owns or is proposed, whatever the process: one measure of everyone's load. */
    private long openTasks(String userId) {
        return tasks.createTaskQuery().taskInvolvedUser(userId).count();
    }

    private boolean declaresOneOf(String userId, Set<String> themes) {
        Set<String> declared = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getType)
                .filter(type -> type != null && type.startsWith(THEME_GROUP_TYPE_PREFIX))
                .map(type -> type.substring(THEME_GROUP_TYPE_PREFIX.length()))
                .collect(Collectors.toSet());
        return themes.stream().anyMatch(declared::contains);
    }
}
