package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.constellation.security.StaffAccessSetup;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff member signed in to Camunda's webapps (Tasklist, Cockpit, Admin) in this browser session: the
 * coordinators' pages need no login of their own. Only members of {@code coordinators} may use them.
 */
final class StaffSession {

  private StaffSession() {}

  /** The signed-in coordinator's id; 401 when nobody is signed in, 403 for staff outside the group. */
  static String coordinator(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    UserAuthentication user = authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine("default");
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
          "Connectez-vous d'abord à Tasklist (/camunda/app/tasklist/), puis revenez sur cette page.");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(StaffAccessSetup.COORDINATORS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Cette page est réservée au groupe « coordinators ».");
    }
    return user.getIdentityId();
  }
}
