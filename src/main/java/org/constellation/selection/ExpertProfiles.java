package org.constellation.selection;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.CommuneRegistry;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts of a call as its coordinators' page lists and edits them: each member of the call's expert group with
 * their organisation, their themes among the call's, the communes they must not review (named from INSEE's list) and
 * the seats they hold in the call. A profile is the expert's across calls: saving it from one call keeps the themes
 * chosen for others.
 */
@Component
public class ExpertProfiles {

    /** One expert as the page shows them: by name (their id only addresses their form), their profile in words. */
    public record Row(
            String userId,
            String name,
            String organisation,
            List<CallTheme> themes,
            List<String> excludedCommunes,
            String excludedCodes,
            long load) {

        public boolean hasTheme(String code) {
            return themes.stream().anyMatch(theme -> theme.code().equals(code));
        }
    }

    /** What a coordinator typed and ticked for one expert. */
    public record Input(String organisation, List<String> themes, String excludedCommunes) {}

    /** Why a field was refused: a message key, and what it names (or null), which the message writes out. */
    public record Refusal(String messageKey, Object detail) {}

    /** A profile refused, each reason by field; nothing was written. */
    public static class Refused extends RuntimeException {

        private final transient Map<String, Refusal> reasons;

        Refused(Map<String, Refusal> reasons) {
            super("Refused: " + reasons.keySet());
            this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }

        public Map<String, Refusal> reasons() {
            return reasons;
        }
    }

    /** The columns' sizes (expert_profile, Camunda's user id). */
    static final int ORGANISATION_LENGTH = 300;

    static final int USER_ID_LENGTH = 64;
    /** Far more codes than anyone excludes, and short enough to read at once. */
    static final int COMMUNES_LENGTH = 2000;

    private static final Pattern INSEE_CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    /** Corsica's codes as people may type them: « 2a004 » is 2A004, Ajaccio. */
    private static final Pattern CORSICA = Pattern.compile("2[ab]\\d{3}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final int SHOWN_UNKNOWN = 10;

    private final IdentityService identity;
    private final ExpertProfileRepository profiles;
    private final ExpertAssignmentRepository assignments;
    private final CommuneRegistry communes;

    public ExpertProfiles(
            IdentityService identity,
            ExpertProfileRepository profiles,
            ExpertAssignmentRepository assignments,
            CommuneRegistry communes) {
        this.identity = identity;
        this.profiles = profiles;
        this.assignments = assignments;
        this.communes = communes;
    }

    /** The members of the call's expert group, by name, each with their profile and load in the call. */
    public List<Row> rows(Call call) {
        List<User> experts = identity.createUserQuery()
                .memberOfGroup(call.getJury().getExpertGroup())
                .list();
        if (experts.isEmpty()) {
            return List.of();
        }
        Map<String, ExpertProfile> known = profiles
                .findByUserIdIn(experts.stream().map(User::getId).toList())
                .stream()
                .collect(Collectors.toMap(ExpertProfile::getUserId, Function.identity()));
        // The load the draw balances: seats open or scored, those left or missed apart (AssignmentState).
        Map<String, Long> loads = new HashMap<>();
        for (Object[] load : assignments.loadsIn(call.getId())) {
            loads.put((String) load[0], (Long) load[1]);
        }
        return rows(
                call,
                experts.stream()
                        .collect(Collectors.toMap(
                                User::getId, StaffNames::of, (first, second) -> first, LinkedHashMap::new)),
                known,
                loads,
                communes);
    }

    /** The rows, sorted by name as a French reader sorts them; an expert without a profile has an empty one. */
    static List<Row> rows(
            Call call,
            Map<String, String> names,
            Map<String, ExpertProfile> profiles,
            Map<String, Long> loads,
            CommuneRegistry communes) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return names.entrySet().stream()
                .map(expert -> {
                    ExpertProfile profile = profiles.getOrDefault(expert.getKey(), new ExpertProfile(expert.getKey()));
                    return new Row(
                            expert.getKey(),
                            expert.getValue(),
                            profile.getOrganisation(),
                            call.getThemes().stream()
                                    .filter(theme -> profile.getThemes().contains(theme.code()))
                                    .toList(),
                            profile.getExcludedCommunes().stream()
                                    .map(code -> communes.byInsee(code)
                                            .map(commune -> commune.name() + " (" + code + ")")
                                            .orElse(code))
                                    .toList(),
                            String.join(", ", profile.getExcludedCommunes()),
                            loads.getOrDefault(expert.getKey(), 0L));
                })
                .sorted(Comparator.comparing(Row::name, french))
                .toList();
    }

    /**
     * Saves an expert's profile, created at its first save; refused, each field's reason named, nothing written. Only a
     * member of the call's expert group has one here.
     *
     * @return the expert's name, for the page to say whose profile it saved
     */
    @Transactional
    public String save(Call call, String userId, Input input) {
        User expert = userId == null
                        || userId.length() > USER_ID_LENGTH
                        || userId.chars().anyMatch(Character::isISOControl)
                ? null
                : identity.createUserQuery()
                        .userId(userId)
                        .memberOfGroup(call.getJury().getExpertGroup())
                        .singleResult();
        if (expert == null) {
            throw new SelectionRefused("jury.refused.not-an-expert");
        }
        Map<String, Refusal> refused = refusals(call, input, communes);
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        ExpertProfile profile = profiles.findById(userId).orElseGet(() -> new ExpertProfile(userId));
        profile.update(
                input.organisation(),
                themes(profile.getThemes(), call, input.themes()),
                codes(input.excludedCommunes()));
        profiles.save(profile);
        return StaffNames.of(expert);
    }

    /**
     * Each field's refusal, by field: an organisation too long or with control characters, a theme not the call's, a
     * code INSEE does not know.
     */
    static Map<String, Refusal> refusals(Call call, Input input, CommuneRegistry communes) {
        Map<String, Refusal> refused = new LinkedHashMap<>();
        String organisation = input.organisation();
        if (organisation != null && organisation.strip().length() > ORGANISATION_LENGTH) {
            refused.put("organisation", new Refusal("jury.experts.error.tooLong", ORGANISATION_LENGTH));
        } else if (organisation != null && organisation.chars().anyMatch(Character::isISOControl)) {
            refused.put("organisation", new Refusal("jury.experts.error.control", null));
        }
        if (input.themes().stream().anyMatch(code -> !call.hasTheme(code))) {
            refused.put("themes", new Refusal("jury.experts.error.theme", null));
        }
        String typed = input.excludedCommunes();
        if (typed != null && typed.length() > COMMUNES_LENGTH) {
            refused.put("excludedCommunes", new Refusal("jury.experts.error.tooLong", COMMUNES_LENGTH));
        } else {
            List<String> unknown = codes(typed).stream()
                    .filter(code -> !INSEE_CODE.matcher(code).matches()
                            || communes.byInsee(code).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                refused.put("excludedCommunes", new Refusal("jury.experts.error.communes", quoted(unknown)));
            }
        }
        return refused;
    }

    /** Entries quoted back to the person, the first ten and each one short: what was typed may be anything. */
    private static String quoted(List<String> entries) {
        return entries.stream()
                        .limit(SHOWN_UNKNOWN)
                        .map(entry -> "« " + (entry.length() > 20 ? entry.substring(0, 20) + "…" : entry) + " »")
                        .collect(Collectors.joining(", "))
                + (entries.size() > SHOWN_UNKNOWN ? "…" : "");
    }

    /** The codes typed, each once, in their order: "38185, 38151;38140" (commas, semicolons or spaces between). */
    static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(SEPARATORS.split(typed.strip()))
                .map(code -> CORSICA.matcher(code).matches() ? code.toUpperCase(Locale.ROOT) : code)
                .filter(code -> !code.isEmpty())
                .toList()));
    }

    /** The themes the profile keeps: those of other calls as they were, and of this call the ones ticked. */
    static List<String> themes(List<String> before, Call call, List<String> ticked) {
        Set<String> kept = new LinkedHashSet<>();
        before.stream().filter(code -> !call.hasTheme(code)).forEach(kept::add);
        kept.addAll(ticked);
        return new ArrayList<>(kept);
    }
}
