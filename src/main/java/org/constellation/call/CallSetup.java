package org.constellation.call;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.WaitingTimers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What coordinators do to prepare, open and renew calls from their pages: each change is checked whole before anything
 * is written, and recorded with who made it. A change to the rules (criteria, period, territory) gives the call a new
 * rules version: checks made from then on carry it, earlier ones keep theirs.
 */
@Service
public class CallSetup {

    /** A change refused, each reason by field (message keys); nothing was written. */
    public static class Refused extends RuntimeException {

        private final transient Map<String, String> reasons;

        public Refused(Map<String, String> reasons) {
            super("Refused: " + reasons);
            this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }

        public Map<String, String> reasons() {
            return reasons;
        }
    }

    /** Above this, a text is no list of communes (the upload's own limit). */
    public static final int MAX_COMMUNES_TEXT = 200_000;

    /**
     * A territory change that names communes only by postal code or by name: nothing was written; the coordinator picks
     * among the communes each may be, and sends the change again with their INSEE codes.
     */
    public static class ChoicesNeeded extends RuntimeException {

        private final transient TerritoryInput input;

        ChoicesNeeded(TerritoryInput input) {
            super("Communes to choose: " + input.choices().size());
            this.input = input;
        }

        public TerritoryInput input() {
            return input;
        }
    }

    /** Which list of communes a territory change applies to. */
    public enum Target {
        TERRITORY,
        NEARBY
    }

    /** How it applies: added to the list, replacing it, or taken out of it. */
    public enum Mode {
        ADD,
        REPLACE,
        REMOVE
    }

    private final CallRepository calls;
    private final SeasonRepository seasons;
    private final CallChangeRepository changes;
    private final CallLifecycle lifecycle;
    private final CommuneRegistry communes;
    private final StaffAccessSetup staffAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CallSetup(
            CallRepository calls,
            SeasonRepository seasons,
            CallChangeRepository changes,
            CallLifecycle lifecycle,
            CommuneRegistry communes,
            StaffAccessSetup staffAccess,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calls = calls;
        this.seasons = seasons;
        this.changes = changes;
        this.lifecycle = lifecycle;
        this.communes = communes;
        this.staffAccess = staffAccess;
        this.events = events;
        this.clock = clock;
    }

    /** The groups a call may give its proposals to, as the team's access setup knows them. */
    public List<Group> reviewerGroups() {
        return staffAccess.reviewerGroups();
    }

    @Transactional
    public Season saveSeason(Long id, SeasonForm form) {
        Season season = id == null ? null : seasons.findById(id).orElseThrow();
        Set<String> taken = seasons.findAll().stream()
                .filter(s -> s != season)
                .map(Season::getSlug)
                .collect(Collectors.toSet());
        Map<String, String> refused = form.refusals(taken);
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        Season saved = season == null ? new Season(form.slug(), form.title(), form.startsOn(), form.endsOn()) : season;
        saved.describe(form.slug(), form.title(), form.startsOn(), form.endsOn(), form.themeLine());
        return seasons.save(saved);
    }

    @Transactional
    public Call createDraft(CallForm form, String coordinator) {
        Season season = checked(form, null);
        Call call = new Call(form.value("slug"), season, form.value("title"));
        form.applyTo(call, season);
        Call saved = calls.save(call);
        record(saved, coordinator, List.of("created: — → " + saved.getTitle()));
        grantReviewers(saved);
        return saved;
    }

    /**
     * A call saved: the fields that changed, and the call's timers that moved with them (an opening, a deadline, a
     * forum and their reminders wait on the new dates).
     */
    public record Updated(Call call, Set<String> changedFields, List<WaitingTimers.Moved> timers) {}

    @Transactional
    public Updated update(Long callId, CallForm form, String coordinator) {
        Call call = calls.findWholeById(callId).orElseThrow();
        Season season = checked(form, call);
        CallForm before = CallForm.of(call);
        String reviewersBefore = call.getReviewerGroup();
        form.applyTo(call, season);
        List<String> changed = CallForm.of(call).changesFrom(before);
        Set<String> changedFields = changed.stream()
                .map(line -> line.substring(0, line.indexOf(':')))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<WaitingTimers.Moved> timers = lifecycle.followDates(call, changedFields);
        if (!changed.isEmpty()) {
            if (CallForm.touchRules(changed)) {
                call.newRulesVersion();
            }
            record(call, coordinator, changed);
            grantReviewers(call);
            if (!reviewersBefore.equals(call.getReviewerGroup())) {
                events.publishEvent(new CallReviewersChanged(call.getId(), reviewersBefore, call.getReviewerGroup()));
            }
        }
        return new Updated(call, changedFields, timers);
    }

    /**
     * Adds, replaces or removes communes of the territory or of its nearby communes: those of an EPCI (picked or typed,
     * {@link CommuneRegistry#findEpci}), and communes typed or uploaded ({@link TerritoryInput}). Unknown entries
     * refuse the whole change; postal codes and names are {@link ChoicesNeeded}.
     */
    @Transactional
    public Call changeTerritory(
            Long callId, Target target, Mode mode, String epciTyped, String codes, String coordinator) {
        Call call = calls.findWholeById(callId).orElseThrow();
        Map<String, String> refused = new LinkedHashMap<>();
        Set<Commune> chosen = new LinkedHashSet<>();
        Optional<CommuneRegistry.Epci> epci = Optional.empty();
        if (epciTyped != null && !epciTyped.isBlank()) {
            epci = communes.findEpci(epciTyped);
            if (epci.isEmpty()) {
                refused.put("epci", "call.error.epci");
            }
            epci.ifPresent(found -> communes.membersOf(found.siren()).forEach(c -> chosen.add(c.asTerritory())));
        }
        if (codes != null && codes.length() > MAX_COMMUNES_TEXT) {
            refused.put("codes", "call.error.tooLong");
            throw new Refused(refused);
        }
        TerritoryInput read = TerritoryInput.read(codes, communes);
        read.communes().forEach(c -> chosen.add(c.asTerritory()));
        if (!read.unknown().isEmpty()) {
            refused.put(
                    "codes",
                    "call.error.unknownEntries:"
                            + read.unknown().stream()
                                    .limit(10)
                                    .map(entry -> "« " + entry + " »")
                                    .collect(Collectors.joining(", "))
                            + (read.unknown().size() > 10 ? "…" : ""));
        }
        if (refused.isEmpty() && !read.choices().isEmpty()) {
            throw new ChoicesNeeded(read);
        }
        if (chosen.isEmpty() && mode != Mode.REPLACE && refused.isEmpty()) {
            refused.put("codes", "call.error.noCommune");
        }
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        Set<Commune> list = target == Target.TERRITORY ? call.getTerritory() : call.getNearby();
        int before = list.size();
        Set<String> codesBefore = list.stream().map(Commune::inseeCode).collect(Collectors.toSet());
        Set<String> codesChosen = chosen.stream().map(Commune::inseeCode).collect(Collectors.toSet());
        switch (mode) {
            case REPLACE -> {
                list.clear();
                list.addAll(chosen);
            }
            case ADD -> {
                Set<String> present = list.stream().map(Commune::inseeCode).collect(Collectors.toSet());
                chosen.stream().filter(c -> !present.contains(c.inseeCode())).forEach(list::add);
            }
            case REMOVE -> list.removeIf(c -> codesChosen.contains(c.inseeCode()));
        }
        if (list.stream().map(Commune::inseeCode).collect(Collectors.toSet()).equals(codesBefore)) {
            return call;
        }
        call.newRulesVersion();
        record(
                call,
                coordinator,
                List.of((target == Target.TERRITORY ? "territoryCommunes" : "nearbyCommunes") + ": " + before + " → "
                        + list.size() + " (" + mode.name().toLowerCase() + " " + describe(epci, chosen) + ")"));
        return call;
    }

    /** Opens a draft; refused, naming each missing field, while it lacks what applicants and reviewers need. */
    @Transactional
    public Call open(Long callId, String coordinator) {
        Call call = calls.findWholeById(callId).orElseThrow();
        if (!call.isDraft()) {
            throw new Refused(Map.of("status", "call.error.notDraft"));
        }
        List<String> missing = CallForm.missingToOpen(call);
        if (!missing.isEmpty()) {
            throw new Refused(missing.stream()
                    .collect(Collectors.toMap(f -> f, f -> "call.error.missing", (a, b) -> a, LinkedHashMap::new)));
        }
        record(call, coordinator, List.of("status: DRAFT → SCHEDULED"));
        return lifecycle.open(call);
    }

    /** A draft copy of a call for another season: its dates are left for the coordinator to set. */
    @Transactional
    public Call duplicate(Long callId, Long seasonId, String slug, String coordinator) {
        Call original = calls.findWholeById(callId).orElseThrow();
        Map<String, String> refused = new LinkedHashMap<>();
        Season season = seasonId == null ? null : seasons.findById(seasonId).orElse(null);
        if (season == null) {
            refused.put("season", "call.error.required");
        }
        String wanted = slug == null ? "" : slug.strip();
        if (!CallForm.isSlug(wanted)) {
            refused.put("slug", "call.error.slug");
        } else if (calls.findBySlug(wanted).isPresent()) {
            refused.put("slug", "call.error.slugTaken");
        }
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        Call copy = calls.save(original.copyFor(season, wanted));
        record(
                copy,
                coordinator,
                List.of("duplicatedFrom: — → " + original.getTitle() + " (" + original.getSlug() + ")"));
        return copy;
    }

    /**
     * A change made on the call's page outside its form (a file of its label's kit, issue 31), kept in its change log
     * as the form's are: « field: old → new ».
     */
    @Transactional
    public void recordChange(Long callId, String coordinator, String line) {
        record(calls.findById(callId).orElseThrow(), coordinator, List.of(line));
    }

    public List<CallChange> changesOf(Long callId) {
        return changes.findByCallIdOrderByChangedAtDescIdDesc(callId);
    }

    private Season checked(CallForm form, Call current) {
        Set<String> taken = calls.findAll().stream()
                .filter(c -> current == null || !c.getId().equals(current.getId()))
                .map(Call::getSlug)
                .collect(Collectors.toSet());
        Set<String> groups = reviewerGroups().stream().map(Group::getId).collect(Collectors.toSet());
        Map<String, String> refused = new LinkedHashMap<>(form.refusals(taken, groups, current));
        Season season = null;
        if (!refused.containsKey("season")) {
            season = seasons.findById(Long.valueOf(form.value("season"))).orElse(null);
            if (season == null) {
                refused.put("season", "call.error.required");
            }
        }
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        return season;
    }

    /** The groups the call names get what their work needs: its reviewers, and its experts when it has a jury. */
    private void grantReviewers(Call call) {
        if (!StaffAccessSetup.COORDINATORS.equals(call.getReviewerGroup())) {
            staffAccess.grantStaffAccess(call.getReviewerGroup());
        }
        if (call.selectsByJury()) {
            staffAccess.grantExpertAccess(call.getJury().getExpertGroup());
        }
    }

    private void record(Call call, String coordinator, List<String> lines) {
        changes.save(new CallChange(call.getId(), OffsetDateTime.now(clock), coordinator, lines));
    }

    private static String describe(Optional<CommuneRegistry.Epci> epci, Collection<Commune> chosen) {
        return epci.map(named -> named.name() + ", " + chosen.size() + " communes")
                .orElseGet(() -> chosen.stream().limit(5).map(Commune::name).collect(Collectors.joining(", "))
                        + (chosen.size() > 5 ? "…" : ""));
    }
}
