package org.constellation.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;

/**
 * What the coordinators know of an expert beyond their Camunda user: their organisation (a proposal of it, or of its
 * partners, is not theirs to review), their themes, and the communes they must not review (INSEE codes: their own).
 */
@Entity
public class ExpertProfile {

    @Id
    private String userId;

    private String organisation;
    /** Theme codes of the calls, separated by commas. */
    private String themes;
    /** INSEE codes, separated by commas. */
    private String excludedCommunes;

    protected ExpertProfile() {}

    public ExpertProfile(String userId) {
        this.userId = userId;
    }

    public void update(String organisation, List<String> themes, List<String> excludedCommunes) {
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.themes = String.join(",", themes);
        this.excludedCommunes = String.join(",", excludedCommunes);
    }

    public String getUserId() {
        return userId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public List<String> getThemes() {
        return split(themes);
    }

    public List<String> getExcludedCommunes() {
        return split(excludedCommunes);
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
