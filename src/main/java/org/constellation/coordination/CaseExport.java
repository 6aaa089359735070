package org.constellation.coordination;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Criterion;
import org.constellation.eligibility.Criteria;
import org.constellation.eligibility.CriterionAssessment;
import org.constellation.eligibility.CriterionAssessmentRepository;
import org.constellation.eligibility.DecisionHistory;
import org.constellation.eligibility.EligibilityDecision;
import org.constellation.eligibility.EligibilityDecisionRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSheet;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PriorityWords;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of a call as a selection committee reads them (issue 28), for the CSV and XLSX exports of the filtered
 * table: each case's line of the table, then every answer of its proposal in words as the team reads it
 * ({@link ProposalSheet}, in the form's order; the planned dates as days and the room's capacity as a number), then its
 * eligibility check: the reviewer's verdict on each mandatory criterion of the call, in the words of the forms and the
 * history, and the latest decision, when and by whom, with the day of the case's latest decision (a coordinator's
 * confirmation included). The proposals come with the table's own query; the check's results and decisions are read for
 * all of them a thousand at a time, the reviewers' names at once.
 */
@Component
class CaseExport {

    /** How many proposals one query of results or decisions asks for. */
    static final int CHUNK = 1_000;

    /** The table's columns, as the page shows them. */
    static final List<String> CASE_COLUMNS = List.of(
            "Référence",
            "Titre",
            "Structure",
            "Nature",
            "État",
            "Étape en cours",
            "Tenue par",
            "Échéance",
            "En retard",
            "Jours dans l'étape",
            "En attente de",
            "Priorité",
            "Dernier courriel",
            "Envoi",
            "Étiquettes");

    /** The eligibility decision's columns, after the criteria's. */
    static final List<String> DECISION_COLUMNS =
            List.of("Décision d'éligibilité", "Décidée le", "Décidée par", "Dernière décision le");

    /** What a criterion's column is headed with, before the call's words for it. */
    static final String CRITERION = "Critère : ";

    /** Answers the table's own columns already give (its title, its structure, its nature): not twice. */
    private static final Set<String> IN_THE_TABLE = Set.of("title", "organisationName", "kind");

    /** Answers a spreadsheet takes as days or numbers rather than words. */
    private static final Map<String, Function<Proposal, Object>> TYPED = Map.of(
            "plannedStart", Proposal::getPlannedStart,
            "plannedEnd", Proposal::getPlannedEnd,
            "roomCapacity", Proposal::getRoomCapacity);

    private final Cases cases;
    private final CallRepository calls;
    private final CriterionAssessmentRepository assessments;
    private final EligibilityDecisionRepository decisions;
    private final StaffNames staff;
    private final CaseWords words;

    CaseExport(
            Cases cases,
            CallRepository calls,
            CriterionAssessmentRepository assessments,
            EligibilityDecisionRepository decisions,
            StaffNames staff,
            CaseWords words) {
        this.cases = cases;
        this.calls = calls;
        this.assessments = assessments;
        this.decisions = decisions;
        this.staff = staff;
        this.words = words;
    }

    /** The cases of the call the filter selects, in the table's order, one row each. */
    @Transactional(readOnly = true)
    CommitteeTable of(Long callId, Cases.Filter filter) {
        Call call = calls.findById(callId).orElseThrow();
        List<Cases.Case> all = cases.all(callId, filter);
        List<Long> ids = all.stream().map(each -> each.proposal().getId()).toList();
        Map<Long, Map<String, CriterionAssessment>> results = latestResults(ids);
        Map<Long, List<EligibilityDecision>> decided = decisionsOf(ids);
        Map<String, String> reviewers = staff.fullNames(decided.values().stream()
                .map(list -> list.get(list.size() - 1).getReviewer())
                .toList());
        List<String> answers = ProposalSheet.keys().stream()
                .filter(key -> !IN_THE_TABLE.contains(key))
                .toList();
        List<Criterion> criteria = call.criteriaOfKind(Criterion.Kind.MANDATORY);

        List<String> header = new ArrayList<>(CASE_COLUMNS);
        answers.forEach(key -> header.add(ProposalSheet.label(key)));
        criteria.forEach(criterion -> header.add(CRITERION + label(criterion)));
        header.addAll(DECISION_COLUMNS);

        List<List<Object>> rows = new ArrayList<>(all.size());
        for (Cases.Case each : all) {
            Proposal proposal = each.proposal();
            List<Object> cells = new ArrayList<>(header.size());
            cells.addAll(caseCells(each.row()));
            ProposalSheet sheet = ProposalSheet.of(proposal);
            for (String key : answers) {
                cells.add(TYPED.containsKey(key) ? TYPED.get(key).apply(proposal) : emptyAsNone(sheet.value(key)));
            }
            Map<String, CriterionAssessment> found = results.getOrDefault(proposal.getId(), Map.of());
            for (Criterion criterion : criteria) {
                CriterionAssessment result = found.get(criterion.code());
                // Not assessed (no check yet, or a criterion the call took on since): nothing to say.
                cells.add(result == null ? null : Criteria.word(result.getVerdict()));
            }
            cells.addAll(decisionCells(decided.getOrDefault(proposal.getId(), List.of()), reviewers));
            rows.add(cells);
        }
        return new CommitteeTable(List.copyOf(header), rows);
    }

    /**
     * A case's line of the table: words for codes, its due day as a day, its days as a number, its priority in words.
     */
    private List<Object> caseCells(Cases.Row row) {
        return Arrays.asList(
                row.reference(),
                row.title(),
                row.organisation(),
                words.of("kind." + row.kind()),
                words.of("case.status." + row.status()),
                row.step(),
                row.takenBy(),
                row.due() == null ? null : ParisTime.of(row.due()).toLocalDate(),
                row.overdue() ? "oui" : "non",
                row.daysInStep(),
                words.of("case.waiting." + row.waitingOn()),
                PriorityWords.of(row.priority()),
                row.lastMail() == null ? null : words.of("outbox.type." + row.lastMail()),
                row.lastMailStatus() == null ? null : words.of("outbox.status." + row.lastMailStatus()),
                emptyAsNone(String.join(", ", row.labels())));
    }

    /**
     * The latest decision on the case, in words, when (Paris time) and by whom; then the day of its latest decision,
     * the confirmation or return of a rejection by a coordinator included.
     */
    private static List<Object> decisionCells(List<EligibilityDecision> decided, Map<String, String> reviewers) {
        if (decided.isEmpty()) {
            return Collections.nCopies(DECISION_COLUMNS.size(), null);
        }
        EligibilityDecision last = decided.get(decided.size() - 1);
        OffsetDateTime latest = decided.stream()
                .flatMap(decision -> Stream.of(decision.getDecidedAt(), decision.getConfirmedAt()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(last.getDecidedAt());
        return Arrays.asList(
                capitalised(DecisionHistory.outcome(last.getOutcome())),
                moment(last.getDecidedAt()),
                reviewers.get(last.getReviewer()),
                latest == null ? null : ParisTime.of(latest).toLocalDate());
    }

    /** The latest result of each criterion of each proposal (a later check replaces the results of an earlier one). */
    private Map<Long, Map<String, CriterionAssessment>> latestResults(List<Long> ids) {
        Map<Long, Map<String, CriterionAssessment>> latest = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            // Oldest first: a criterion's later result takes the place of its earlier one.
            assessments
                    .findByProposalIdInOrderById(chunk)
                    .forEach(result -> latest.computeIfAbsent(result.getProposalId(), id -> new HashMap<>())
                            .put(result.getCriterion(), result));
        }
        return latest;
    }

    /** Each proposal's eligibility decisions, oldest first. */
    private Map<Long, List<EligibilityDecision>> decisionsOf(List<Long> ids) {
        Map<Long, List<EligibilityDecision>> decided = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            decisions
                    .findByProposalIdInOrderByDecidedAtAscIdAsc(chunk)
                    .forEach(decision -> decided.computeIfAbsent(decision.getProposalId(), id -> new ArrayList<>())
                            .add(decision));
        }
        return decided;
    }

    /** The ids a thousand at a time: one query each, whatever the size of the call. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** A criterion as the call words it; one left with its code as its label, as the pages word it. */
    private String label(Criterion criterion) {
        return criterion.label() == null || criterion.label().equals(criterion.code())
                ? words.of("criterion." + criterion.code())
                : criterion.label();
    }

    private static LocalDateTime moment(OffsetDateTime at) {
        return at == null ? null : ParisTime.of(at).toLocalDateTime();
    }

    /** "non éligible" heads its cell as « Non éligible ». */
    static String capitalised(String word) {
        return word == null || word.isEmpty()
                ? word
                : word.substring(0, 1).toUpperCase(Locale.FRENCH) + word.substring(1);
    }

    private static String emptyAsNone(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
