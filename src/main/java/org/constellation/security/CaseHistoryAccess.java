package org.constellation.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who reads a case's history in the engine (REST {@code /history/...}, the webapps' API): the reviewers of its call,
 * one grant per process instance ({@code enable-historic-instance-permissions}), since every call runs the same
 * process definition; coordinators read all of it through the definition. The engine removes each grant with the
 * history it opens.
 */
@Component
public class CaseHistoryAccess {

  private final AuthorizationService authorizations;

  public CaseHistoryAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Opens the history of these process instances to {@code group}. */
  public void open(String group, Collection<String> processInstanceIds) {
    if (StaffAccessSetup.COORDINATORS.equals(group)) {
      return;
    }
    for (String instance : processInstanceIds) {
      boolean held = authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(instance).count() > 0;
      if (!held) {
        Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        read.setResourceId(instance);
        read.addPermission(HistoricProcessInstancePermissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }

  /** Closes the history of these process instances to {@code group} (their call went to other reviewers). */
  public void close(String group, Collection<String> processInstanceIds) {
    Set<String> closing = new HashSet<>(processInstanceIds);
    authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .list().stream().filter(grant -> closing.contains(grant.getResourceId()))
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
