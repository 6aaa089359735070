package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.constellation.security.CallAccess;
import org.constellation.security.StaffAccessSetup;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff member signed in to Camunda's webapps (Tasklist, Cockpit, Admin) in this browser session: the coordinators'
 * pages need no login of their own. Only members of {@code coordinators} may use them.
 */
final class StaffSession {

    private StaffSession() {}

    /** A signed-in member of the team and their groups. */
    record Member(String id, List<String> groups) {

        boolean isCoordinator() {
            return groups.contains(StaffAccessSetup.COORDINATORS);
        }

        /** Coordinators see every call; a reviewer the calls whose reviewers' group they are in. */
        boolean serves(String reviewerGroup) {
            return CallAccess.serves(groups, reviewerGroup);
        }
    }

    /** Whoever of the team is signed in; 401 when nobody is. */
    static Member member(HttpServletRequest request) {
        return signedIn(request)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED,
                        "Connectez-vous d'abord à Tasklist (/camunda/app/tasklist/), puis revenez sur cette page."));
    }

    /** Whoever of the team is signed in, if anyone is. */
    static Optional<Member> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        UserAuthentication user = authentications == null
                ? null
                : (UserAuthentication) authentications.getAuthenticationForProcessEngine("default");
        return Optional.ofNullable(user)
                .map(found -> new Member(
                        found.getIdentityId(),
                        found.getGroupIds() == null ? List.of() : List.copyOf(found.getGroupIds())));
    }

    /** The signed-in coordinator's id; 401 when nobody is signed in, 403 for staff outside the group. */
    static String coordinator(HttpServletRequest request) {
        Member member = member(request);
        if (!member.isCoordinator()) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Cette page est réservée au groupe « coordinators ».");
        }
        return member.id();
    }
}
