package org.constellation.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A member of the team's name as mails and pages write it, from Camunda's users; the id when there is no such user.
 * Pages read it as {@code @staffNames.fullName(...)}.
 */
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

    /** The names of several members at once (a page's worth), by id; every id given has its entry. */
    public Map<String, String> fullNames(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = ids.length == 0
                ? Map.of()
                : identity.createUserQuery().userIdIn(ids).list().stream()
                        .collect(Collectors.toMap(User::getId, StaffNames::of));
        return Arrays.stream(ids).collect(Collectors.toMap(Function.identity(), id -> names.getOrDefault(id, id)));
    }

    /** First and last name; the id for a user who gave neither. */
    public static String of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
