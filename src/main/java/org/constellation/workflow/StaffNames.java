package org.constellation.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A member of the team's name as mails and pages write it, from Camunda's users; the id when there is no such user. */
@Component
public class StaffNames {

  private final IdentityService identity;

  public StaffNames(IdentityService identity) {
    this.identity = identity;
  }

  public String fullName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : of(user);
  }

  /** First and last name; the id for a user who gave neither. */
  public static String of(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
