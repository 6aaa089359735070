package org.constellation.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who reads a case's history in the engine (REST {@code /history/...}, the webapps' API): the reviewers of its call,
 * one grant per process instance ({@code enable-historic-instance-permissions}), since every call runs the same process
 * definition; coordinators read all of it through the definition. The engine removes each grant with the history it
 * opens.
 */
@Component
public class CaseHistoryAccess {

    private static final Logger LOG = LoggerFactory.getLogger(CaseHistoryAccess.class);

    private final AuthorizationService authorizations;

    public CaseHistoryAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** Opens a new case's history to its call's reviewers (a new instance holds no grant yet). */
    public void grant(String group, String processInstanceId) {
        if (!StaffAccessSetup.COORDINATORS.equals(group)) {
            Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            read.setResourceId(processInstanceId);
            read.addPermission(HistoricProcessInstancePermissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    /**
     * Opens these cases' history to {@code group}, those it holds already left as they are; a grant another node saves
     * at the same time (two nodes starting) is left to it.
     */
    public void open(String group, Collection<String> processInstanceIds) {
        if (StaffAccessSetup.COORDINATORS.equals(group)) {
            return;
        }
        Set<String> held =
                grantsOf(group).stream().map(Authorization::getResourceId).collect(Collectors.toSet());
        for (String instance : processInstanceIds) {
            if (!held.contains(instance)) {
                try {
                    grant(group, instance);
                } catch (ProcessEngineException granted) {
                    LOG.info("History of {} already opened to {}: {}", instance, group, granted.getMessage());
                }
            }
        }
    }

    /** Closes these cases' history to {@code group} (their call went to other reviewers). */
    public void close(String group, Collection<String> processInstanceIds) {
        Set<String> closing = new HashSet<>(processInstanceIds);
        grantsOf(group).stream()
                .filter(grant -> closing.contains(grant.getResourceId()))
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    private List<Authorization> grantsOf(String group) {
        return authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .list();
    }
}
