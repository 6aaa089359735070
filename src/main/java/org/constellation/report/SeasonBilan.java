package org.constellation.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.constellation.call.CommuneRegistry;
import org.constellation.call.CommuneRegistry.KnownCommune;
import org.constellation.programme.CodeList;
import org.constellation.programme.LineList;
import org.constellation.programme.ProgrammeEntryStatus;
import org.constellation.programme.Timing;
import org.constellation.proposal.Audience;
import org.constellation.proposal.ProposalStatus;
import org.constellation.report.BilanFigures.Line;
import org.constellation.report.BilanFigures.Place;
import org.constellation.selection.SelectionOutcome;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The season's bilan (issue 31) read from the programme and the holders' reports, by SQL alone and never through an
 * entity: each figure and each breakdown is one aggregate query over the events held, so a season of thousands of
 * events reads a few dozen rows, not its cases. An event is held when its proposal belongs to one of the season's calls
 * (or to the call asked for), its programme entry is published at its times (not postponed, not cancelled) and its last
 * session has ended. Its report, if given, is {@code event_report} with one {@code event_report_session} per session:
 * attendance, of which school pupils, and classes. Beside the events held, the proposals of the scope: supported in a
 * call that does not label, labelled in one that does (as {@code label.Labels} says, withdrawals in
 * {@code label_withdrawal}: a labelling call labels, it does not support), and their obligations after selection
 * ({@code proposal_obligation}: met once their evidence is given, late once their due day is over unmet, as
 * {@code obligation.Obligations} says). Runs on PostgreSQL and on the default run's H2 alike.
 *
 * <p>The queries go from the season's calls to their proposals ({@code proposal_call_idx}), their entries and reports
 * (unique on {@code proposal_id}), the reports' sessions and the entries' timings (primary keys starting with the
 * parent's id), the proposals' themes (primary key) and committee decisions ({@code committee_decision_proposal_idx}),
 * their labels' withdrawals (primary key) and obligations (unique from {@code proposal_id}); the brochure's first photo
 * of a report needs an index on {@code event_report_photo(report_id)}.
 */
@Component
public class SeasonBilan {

    /** What a bilan counts: the calls of a season, or one of them. */
    public record Scope(long seasonId, Long callId) {}

    /**
     * An event held, as the open-data file gives it: its first and last day in Paris, its sessions, what its report
     * gives (nothing when it gave none), the publics the report names and the proposal's themes, as codes; the label it
     * carries or carried (null when it has none) and whether it was withdrawn; its obligations after selection, owed
     * and met.
     */
    public record HeldEvent(
            String season,
            String call,
            String reference,
            String title,
            String holder,
            String inseeCode,
            String commune,
            Timing span,
            int sessions,
            boolean reported,
            long attendance,
            long pupils,
            long classes,
            List<String> publics,
            List<String> themes,
            String label,
            boolean labelWithdrawn,
            long obligations,
            long obligationsMet) {}

    /**
     * A supported project as the brochure shows it: its programme entry's sessions, place and partners when it has one
     * in the programme, and its report's first photo when it gave one.
     */
    public record SupportedProject(
            String reference,
            String title,
            String holder,
            String summary,
            List<Timing> timings,
            String place,
            String commune,
            List<String> partners,
            String photoType,
            byte[] photo) {}

    /** Entry statuses of an event that took place at its times: not a draft, not postponed, not cancelled. */
    private static final List<String> TAKING_PLACE = Stream.of(
                    ProgrammeEntryStatus.SCHEDULED, ProgrammeEntryStatus.RESCHEDULED, ProgrammeEntryStatus.FULL)
            .map(Enum::name)
            .toList();
    /**
     * Found eligible (selected when the call has a jury) and not stopped since: accompanied, or further on, in a call
     * that does not label; labelled, unless its label was withdrawn, in one that does.
     */
    private static final List<String> PASSED_ELIGIBILITY =
            ProposalStatus.PASSED_ELIGIBILITY.stream().map(Enum::name).sorted().toList();
    /** The key of the commune not given, and of publics a report names that are none of ours. */
    static final String NONE = "";

    private static final String PARIS = "'" + ParisTime.ZONE_ID + "'";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");
    private static final CodeList CODES = new CodeList();
    private static final LineList LINES = new LineList();

    private final NamedParameterJdbcTemplate jdbc;
    private final CommuneRegistry communes;
    private final MessageSource messages;
    private final Clock clock;

    SeasonBilan(JdbcTemplate jdbc, CommuneRegistry communes, MessageSource messages, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.communes = communes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The figures of the scope, every line in the reader's words. */
    @Transactional(readOnly = true)
    public BilanFigures figures(Scope scope, Locale locale) {
        MapSqlParameterSource parameters = parameters(scope);
        return new BilanFigures(
                totals(scope, parameters),
                themes(scope, parameters, locale),
                communes(scope, parameters, locale),
                months(scope, parameters, locale),
                publics(scope, parameters, locale));
    }

    /**
     * The events held that one scope counts, as a {@code with} clause: {@code held} (proposal, call, commune, entry,
     * report and its publics), then {@code events}, the same with their reports' sums, nought without a report.
     */
    private static String held(Scope scope) {
        return """
                with held as (
                  select p.id as proposal_id, p.call_id, p.commune_insee, p.commune_name, pe.id as entry_id,
                         r.id as report_id, r.publics
                  from call_for_participation c
                  join proposal p on p.call_id = c.id
                  join programme_entry pe on pe.proposal_id = p.id
                  left join event_report r on r.proposal_id = p.id
                  where c.season_id = :season%s
                    and pe.published_at is not null and pe.status in (:takingPlace) and pe.ends_at <= :now
                ),
                sums as (
                  select s.report_id, sum(s.attendance) as attendance, sum(s.pupils) as pupils,
                         sum(s.classes) as classes
                  from held h join event_report_session s on s.report_id = h.report_id
                  group by s.report_id
                ),
                events as (
                  select h.proposal_id, h.call_id, h.commune_insee, h.commune_name, h.entry_id, h.report_id, h.publics,
                         coalesce(sums.attendance, 0) as attendance, coalesce(sums.pupils, 0) as pupils,
                         coalesce(sums.classes, 0) as classes
                  from held h left join sums on sums.report_id = h.report_id
                )
                """.formatted(scope.callId() == null ? "" : " and p.call_id = :call");
    }

    private MapSqlParameterSource parameters(Scope scope) {
        return new MapSqlParameterSource()
                .addValue("season", scope.seasonId())
                .addValue("call", scope.callId())
                .addValue("takingPlace", TAKING_PLACE)
                .addValue("passed", PASSED_ELIGIBILITY)
                .addValue("selected", SelectionOutcome.SELECTED.name())
                .addValue("now", OffsetDateTime.now(clock))
                .addValue("today", ParisTime.of(OffsetDateTime.now(clock)).toLocalDate());
    }

    private BilanFigures.Totals totals(Scope scope, MapSqlParameterSource parameters) {
        long[] events = jdbc.queryForObject(
                held(scope)
                        + "select count(*), count(report_id), coalesce(sum(attendance), 0), coalesce(sum(pupils), 0),"
                        + " coalesce(sum(classes), 0) from events",
                parameters,
                (row, n) ->
                        new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)});
        // Supported and selected only in a call that does not label; the latest decision holds: a move up from the
        // waiting list follows the committee's.
        long[] proposals = jdbc.queryForObject(
                "select count(case when not c.label_enabled and p.status in (:passed) then 1 end),"
                        + " count(case when not c.label_enabled and (select d.outcome from committee_decision d"
                        + " where d.proposal_id = p.id order by d.decided_at desc, d.id desc fetch first 1 rows only)"
                        + " = :selected then 1 end),"
                        + " count(case when c.label_enabled and p.status in (:passed) and w.proposal_id is null"
                        + " then 1 end),"
                        + " count(case when c.label_enabled and w.proposal_id is not null then 1 end)"
                        + " from call_for_participation c join proposal p on p.call_id = c.id"
                        + " left join label_withdrawal w on w.proposal_id = p.id"
                        + " where c.season_id = :season" + (scope.callId() == null ? "" : " and p.call_id = :call"),
                parameters,
                (row, n) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)});
        // Met on time: its evidence given on its due day at the latest, that day counted in Paris.
        long[] obligations = jdbc.queryForObject(
                "select count(*), count(o.met_at),"
                        + " count(case when " + day("o.met_at at time zone " + PARIS) + " <= " + day("o.due_on")
                        + " then 1 end),"
                        + " count(case when o.met_at is null and o.due_on < :today then 1 end)"
                        + " from call_for_participation c join proposal p on p.call_id = c.id"
                        + " join proposal_obligation o on o.proposal_id = p.id"
                        + " where c.season_id = :season" + (scope.callId() == null ? "" : " and p.call_id = :call"),
                parameters,
                (row, n) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)});
        return new BilanFigures.Totals(
                events[0],
                events[1],
                events[2],
                events[3],
                events[4],
                proposals[0],
                proposals[1],
                proposals[2],
                proposals[3],
                obligations[0],
                obligations[1],
                obligations[2],
                obligations[3]);
    }

    /**
     * A day as a number both databases compare alike (20271012), from a date or from a moment at a time zone: H2 casts
     * a moment to a date in the session's time zone whatever the one asked, while {@code extract} reads the day where
     * the moment was put. A null moment gives null, which compares to nothing.
     */
    private static String day(String expression) {
        return "(extract(year from %1$s) * 10000 + extract(month from %1$s) * 100 + extract(day from %1$s))"
                .formatted(expression);
    }

    /** By the proposal's themes, named as its call names them (in English when the call gives it). */
    private List<Line> themes(Scope scope, MapSqlParameterSource parameters, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return jdbc.query(
                held(scope)
                        + "select t.code, min(ct.label), min(ct.label_en), count(*), count(e.report_id),"
                        + " sum(e.attendance), sum(e.pupils), sum(e.classes)"
                        + " from events e join proposal_theme t on t.proposal_id = e.proposal_id"
                        + " left join call_theme ct on ct.call_id = e.call_id and ct.code = t.code"
                        + " group by t.code order by count(*) desc, t.code",
                parameters,
                (row, n) -> {
                    String label = english && row.getString(3) != null ? row.getString(3) : row.getString(2);
                    return new Line(
                            row.getString(1),
                            label != null ? label : words("bilan.theme.unknown", locale),
                            row.getLong(4),
                            row.getLong(5),
                            0,
                            row.getLong(6),
                            row.getLong(7),
                            row.getLong(8));
                });
    }

    /** By the proposal's commune: its official name and centre from the registry, else the name as typed. */
    private List<Place> communes(Scope scope, MapSqlParameterSource parameters, Locale locale) {
        return jdbc.query(
                held(scope)
                        + "select commune_insee, min(commune_name), count(*), count(report_id), sum(attendance),"
                        + " sum(pupils), sum(classes) from events group by commune_insee"
                        + " order by sum(attendance) desc, count(*) desc",
                parameters,
                (row, n) -> {
                    Optional<KnownCommune> known = communes.byInsee(row.getString(1));
                    String typed = row.getString(2);
                    Line line = new Line(
                            row.getString(1) == null ? NONE : row.getString(1),
                            known.map(KnownCommune::name)
                                    .orElse(typed != null ? typed : words("bilan.commune.unknown", locale)),
                            row.getLong(3),
                            row.getLong(4),
                            0,
                            row.getLong(5),
                            row.getLong(6),
                            row.getLong(7));
                    return new Place(
                            line,
                            known.map(KnownCommune::latitude).orElse(null),
                            known.map(KnownCommune::longitude).orElse(null));
                });
    }

    /**
     * By month of the session, in Paris: the programme's sessions count the events and sessions of the month, the
     * reports' sessions (each dated by its start) their attendance.
     */
    private List<Line> months(Scope scope, MapSqlParameterSource parameters, Locale locale) {
        return jdbc.query(
                held(scope)
                        + ", sessions as ("
                        + " select e.proposal_id, pt.starts_at, 1 as planned, 0 as reported, 0 as attendance,"
                        + " 0 as pupils, 0 as classes"
                        + " from events e join programme_timing pt on pt.entry_id = e.entry_id"
                        + " union all"
                        + " select e.proposal_id, s.starts_at, 0, 1, s.attendance, s.pupils, s.classes"
                        + " from events e join event_report_session s on s.report_id = e.report_id)"
                        + " select extract(year from starts_at at time zone " + PARIS + ") as y,"
                        + " extract(month from starts_at at time zone " + PARIS + ") as m,"
                        + " count(distinct case when planned = 1 then proposal_id end),"
                        + " count(distinct case when reported = 1 then proposal_id end),"
                        + " sum(planned), sum(attendance), sum(pupils), sum(classes)"
                        + " from sessions group by y, m order by y, m",
                parameters,
                (row, n) -> {
                    YearMonth month = YearMonth.of(row.getInt(1), row.getInt(2));
                    return new Line(
                            month.toString(),
                            capitalised(month.format(MONTH.withLocale(locale)), locale),
                            row.getLong(3),
                            row.getLong(4),
                            row.getLong(5),
                            row.getLong(6),
                            row.getLong(7),
                            row.getLong(8));
                });
    }

    /**
     * By public the reports name: the database groups the reports by the publics they name together (few combinations),
     * each combination then counts for each of its publics, in the order of {@link Audience}; a code that is none of
     * ours counts as « another public ».
     */
    private List<Line> publics(Scope scope, MapSqlParameterSource parameters, Locale locale) {
        Map<String, long[]> byPublic = new LinkedHashMap<>();
        Arrays.stream(Audience.values()).forEach(audience -> byPublic.put(audience.name(), new long[4]));
        byPublic.put(NONE, new long[4]);
        jdbc.query(
                held(scope)
                        + "select publics, count(*), sum(attendance), sum(pupils), sum(classes) from events"
                        + " where report_id is not null group by publics",
                parameters,
                (ResultSet row) -> {
                    List<String> named = CODES.convertToEntityAttribute(row.getString(1)).stream()
                            .map(code -> byPublic.containsKey(code) ? code : NONE)
                            .distinct()
                            .toList();
                    for (String code : named) {
                        long[] sums = byPublic.get(code);
                        for (int column = 0; column < sums.length; column++) {
                            sums[column] += row.getLong(column + 2);
                        }
                    }
                });
        return byPublic.entrySet().stream()
                .filter(entry -> entry.getValue()[0] > 0)
                .map(entry -> new Line(
                        entry.getKey(),
                        words(
                                entry.getKey().equals(NONE) ? "bilan.public.other" : "bilan.public." + entry.getKey(),
                                locale),
                        entry.getValue()[0],
                        entry.getValue()[0],
                        0,
                        entry.getValue()[1],
                        entry.getValue()[2],
                        entry.getValue()[3]))
                .sorted(Comparator.comparingLong(Line::events).reversed())
                .toList();
    }

    /**
     * Every event held of the scope, in date order, with its report's figures and its codes, its label and its
     * obligations after selection: the open-data file.
     */
    @Transactional(readOnly = true)
    public List<HeldEvent> events(Scope scope) {
        MapSqlParameterSource parameters = parameters(scope);
        Map<Long, List<String>> themes = new HashMap<>();
        jdbc.query(
                held(scope)
                        + "select t.proposal_id, t.code from events e"
                        + " join proposal_theme t on t.proposal_id = e.proposal_id order by t.code",
                parameters,
                (ResultSet row) -> {
                    themes.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(row.getString(2));
                });
        return jdbc.query(
                held(scope)
                        + "select se.title, c.title, p.reference, pe.title, coalesce(o.name, pe.organiser),"
                        + " e.commune_insee, e.commune_name, pe.starts_at, pe.ends_at,"
                        + " (select count(*) from programme_timing pt where pt.entry_id = e.entry_id),"
                        + " e.report_id, e.attendance, e.pupils, e.classes, e.publics, e.proposal_id,"
                        // The label it carries, or carried before its withdrawal, as label.Labels says.
                        + " case when c.label_enabled and (w.proposal_id is not null or p.status in (:passed))"
                        + " then c.label_name end, w.proposal_id,"
                        + " (select count(*) from proposal_obligation ob where ob.proposal_id = e.proposal_id),"
                        + " (select count(ob.met_at) from proposal_obligation ob where ob.proposal_id = e.proposal_id)"
                        + " from events e"
                        + " join proposal p on p.id = e.proposal_id"
                        + " join programme_entry pe on pe.id = e.entry_id"
                        + " join call_for_participation c on c.id = e.call_id"
                        + " join season se on se.id = c.season_id"
                        + " join organisation o on o.id = p.organisation_id"
                        + " left join label_withdrawal w on w.proposal_id = e.proposal_id"
                        + " order by pe.starts_at, p.reference",
                parameters,
                (row, n) -> {
                    String insee = row.getString(6);
                    return new HeldEvent(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            insee,
                            communes.byInsee(insee).map(KnownCommune::name).orElse(row.getString(7)),
                            new Timing(moment(row, 8), moment(row, 9)),
                            row.getInt(10),
                            row.getObject(11) != null,
                            row.getLong(12),
                            row.getLong(13),
                            row.getLong(14),
                            CODES.convertToEntityAttribute(row.getString(15)),
                            themes.getOrDefault(row.getLong(16), List.of()),
                            row.getString(17),
                            row.getObject(18) != null,
                            row.getLong(19),
                            row.getLong(20));
                });
    }

    /**
     * The season's supported projects (of its calls that do not label) in the season's order (by first session; those
     * without an entry in the programme last), each with its programme entry's sessions, place and partners (else the
     * partners its report names), and its report's first photo.
     */
    @Transactional(readOnly = true)
    public List<SupportedProject> supportedProjects(long seasonId) {
        MapSqlParameterSource parameters = parameters(new Scope(seasonId, null));
        String projects = " from call_for_participation c"
                + " join proposal p on p.call_id = c.id"
                + " left join programme_entry pe on pe.proposal_id = p.id and pe.published_at is not null"
                + " and pe.status in (:takingPlace)";
        // A labelling call labels, it does not support: its events are no supported projects.
        String supported = " where c.season_id = :season and not c.label_enabled and p.status in (:passed)";
        Map<Long, List<Timing>> timings = new HashMap<>();
        jdbc.query(
                "select pe.id, pt.starts_at, pt.ends_at" + projects
                        + " join programme_timing pt on pt.entry_id = pe.id" + supported
                        + " order by pe.id, pt.position",
                parameters,
                (ResultSet row) -> {
                    timings.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Timing(moment(row, 2), moment(row, 3)));
                });
        return jdbc.query(
                "select p.reference, coalesce(pe.title, p.title), coalesce(o.name, pe.organiser),"
                        + " coalesce(p.summary, pe.short_description), pe.id, pe.place,"
                        + " coalesce(pe.commune, p.commune_name), coalesce(nullif(pe.partners, ''), r.partners),"
                        + " ph.content_type, ph.content"
                        + projects
                        + " join organisation o on o.id = p.organisation_id"
                        + " left join event_report r on r.proposal_id = p.id"
                        + " left join event_report_photo ph on ph.id ="
                        + " (select min(f.id) from event_report_photo f where f.report_id = r.id)"
                        + supported
                        + " order by case when pe.starts_at is null then 1 else 0 end, pe.starts_at, p.reference",
                parameters,
                (row, n) -> {
                    Number entryId = (Number) row.getObject(5);
                    return new SupportedProject(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            entryId == null ? List.of() : timings.getOrDefault(entryId.longValue(), List.of()),
                            row.getString(6),
                            row.getString(7),
                            LINES.convertToEntityAttribute(row.getString(8)),
                            row.getString(9),
                            row.getBytes(10));
                });
    }

    private static OffsetDateTime moment(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class);
    }

    private String words(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String capitalised(String words, Locale locale) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }
}
