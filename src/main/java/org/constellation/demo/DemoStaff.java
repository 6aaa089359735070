package org.constellation.demo;

import static org.constellation.demo.DemoData.COORDINATOR;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.constellation.eligibility.ShareReviewWorkListener;
import org.constellation.security.StaffAccessSetup;
import org.constellation.selection.ExpertProfile;
import org.constellation.selection.ExpertProfileRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's staff: a coordinator, two reviewers, one of them declaring a theme, and two experts for a call that
 * selects by jury, all with the demo password.
 */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoStaff {

    private final IdentityService identity;
    private final ExpertProfileRepository experts;
    private final String password;

    DemoStaff(
            IdentityService identity,
            ExpertProfileRepository experts,
            @Value("${constellation.demo.password}") String password) {
        this.identity = identity;
        this.experts = experts;
        this.password = password;
    }

    /** The demo team, once: a second start finds them. */
    void create() {
        user(COORDINATOR, "Camille", "Coordinatrice", StaffAccessSetup.COORDINATORS, StaffAccessSetup.REVIEWERS);
        user("reviewer1", "Romain", "Relecteur", StaffAccessSetup.REVIEWERS);
        user("reviewer2", "Rose", "Relectrice", StaffAccessSetup.REVIEWERS);
        expert("expert1", "Élise", "Experte", "Observatoire des sciences de l’Univers de Grenoble");
        expert("expert2", "Étienne", "Expert", "Université Grenoble Alpes");
        user("finance1", "Fanny", "Comptable", StaffAccessSetup.FINANCE);
        // Romain declares biodiversity: the demo's checks on that theme are proposed to him first.
        if (identity.createGroupQuery().groupId("naturalistes").count() == 0) {
            Group naturalists = identity.newGroup("naturalistes");
            naturalists.setName("Relecteurs biodiversité");
            naturalists.setType(ShareReviewWorkListener.THEME_GROUP_TYPE_PREFIX + "biodiversity");
            identity.saveGroup(naturalists);
            identity.createMembership("reviewer1", naturalists.getId());
        }
        if (identity.createUserQuery()
                        .userId("admin")
                        .memberOfGroup(StaffAccessSetup.COORDINATORS)
                        .count()
                == 0) {
            identity.createMembership("admin", StaffAccessSetup.COORDINATORS);
        }
    }

    /** An expert and their organisation: the draw never seats them on a proposal of their own organisation. */
    private void expert(String id, String firstName, String lastName, String organisation) {
        user(id, firstName, lastName, StaffAccessSetup.EXPERTS);
        if (!experts.existsById(id)) {
            ExpertProfile profile = new ExpertProfile(id);
            profile.update(organisation, List.of(), List.of());
            experts.save(profile);
        }
    }

    private void user(String id, String firstName, String lastName, String... groups) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@example.org");
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }
}
