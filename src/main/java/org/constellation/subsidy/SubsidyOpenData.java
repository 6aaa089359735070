package org.constellation.subsidy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.programme.Timing;
import org.constellation.proposal.OrganisationType;
import org.constellation.workflow.ParisTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.DigestUtils;

/**
 * The season's awards as open data (issue 32, part 7): the SCDL « subventions » file of {@link ScdlSubsidies}, public
 * at a stable address, linked from the season's programme. Read by SQL alone, one query for the awards of the season's
 * calls with their agreement, payments and project's end (the tables of the awards, the agreements and the payments:
 * {@code funding_award}, {@code funding_agreement}, {@code funding_payment}), never through an entity.
 *
 * <p>Only beneficiaries that can only be legal persons are published ({@link OrganisationType#LEGAL_PERSONS}): an
 * association's name, SIRET and amount are public, but an artist, a company (a sole trader) or another may be a person,
 * whose name and SIRET the file would publish; they are left out rather than half written, the schema wanting both. A
 * beneficiary whose name, SIRET or project's title went with its case's data is left out too. The contact person is
 * never read.
 *
 * <p>Each season's file is written once and kept a few minutes, like the public delays: a crowd, or a harvester polling
 * every season, costs a lookup; an award, an agreement or a payment ({@link SubsidyChanged}) makes the files written
 * again once it commits.
 */
@Service
public class SubsidyOpenData {

    /** What the address answers: the file, its ETag (a hash of it), when its last award, agreement or payment was. */
    public record Answer(String body, String etag, Instant lastModified, boolean funds) {}

    static final Duration KEPT = Duration.ofMinutes(5);

    private static final List<String> LEGAL_PERSONS =
            OrganisationType.LEGAL_PERSONS.stream().map(Enum::name).toList();

    private static final String SEASON_AWARDS = "select c.funding_funder_name, c.funding_funder_siret,"
            + " c.funding_advance_share, c.funding_report_delay, a.reference, a.amount, a.decided_at,"
            + " g.signed_on, g.accepted_at, o.name, o.siret, p.title, p.planned_end, pe.starts_at, pe.ends_at,"
            + " (select max(f.confirmed_at) from funding_payment f where f.proposal_id = a.proposal_id"
            + " and f.kind = 'ADVANCE') as advance_paid_at,"
            + " (select max(f.confirmed_at) from funding_payment f where f.proposal_id = a.proposal_id"
            + " and f.kind = 'BALANCE') as balance_paid_at"
            + " from funding_award a"
            + " join call_for_participation c on c.id = a.call_id"
            + " join proposal p on p.id = a.proposal_id"
            + " join organisation o on o.id = p.organisation_id"
            + " left join funding_agreement g on g.proposal_id = a.proposal_id"
            + " left join programme_entry pe on pe.proposal_id = a.proposal_id"
            + " where c.season_id = :season and o.type in (:legalPersons)"
            + " and o.name is not null and o.siret is not null and p.title <> ''"
            + " order by a.decided_at, a.reference";
    private static final String FUNDING_CALLS =
            "select count(*) from call_for_participation where season_id = :season and funding_enabled";

    private final SeasonRepository seasons;
    private final NamedParameterJdbcTemplate jdbc;
    private final Cache<Long, Answer> answers =
            Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(1_000).build();

    SubsidyOpenData(SeasonRepository seasons, JdbcTemplate jdbc) {
        this.seasons = seasons;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The files follow their awards, agreements and payments: written again at the next request. */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(SubsidyChanged changed) {
        answers.invalidateAll();
    }

    /** The season's file; empty for an unknown season, the header alone for a season without awards. */
    public Optional<Answer> answer(String slug) {
        return seasons.findBySlug(slug).map(this::answer);
    }

    /** Whether the season's programme links the file: one of its calls funds projects, or funded some. */
    public boolean publishes(Season season) {
        return answer(season).funds();
    }

    private Answer answer(Season season) {
        return answers.get(season.getId(), unused -> write(season));
    }

    private Answer write(Season season) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource("season", season.getId()).addValue("legalPersons", LEGAL_PERSONS);
        List<Read> awards = jdbc.query(SEASON_AWARDS, parameters, (row, n) -> read(row, season));
        String body = ScdlSubsidies.write(awards.stream().map(Read::award).toList());
        boolean funds = !awards.isEmpty() || jdbc.queryForObject(FUNDING_CALLS, parameters, Long.class) > 0;
        return new Answer(
                body,
                "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"",
                awards.stream().map(Read::lastChange).max(Instant::compareTo).orElse(Instant.EPOCH),
                funds);
    }

    /** An award as read, and the last moment something of it changed. */
    private record Read(ScdlSubsidies.Award award, Instant lastChange) {}

    private static Read read(ResultSet row, Season season) throws SQLException {
        OffsetDateTime decidedAt = moment(row, "decided_at");
        OffsetDateTime acceptedAt = moment(row, "accepted_at");
        OffsetDateTime advancePaidAt = moment(row, "advance_paid_at");
        OffsetDateTime balancePaidAt = moment(row, "balance_paid_at");
        LocalDate signedOn = row.getObject("signed_on", LocalDate.class);
        // The project ends with its last session in the programme, else on the day it planned, else with its season.
        OffsetDateTime firstStart = moment(row, "starts_at");
        LocalDate lastSession = firstStart == null ? null : new Timing(firstStart, moment(row, "ends_at")).lastDay();
        LocalDate projectEnd = Stream.of(lastSession, row.getObject("planned_end", LocalDate.class), season.getEndsOn())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
        ScdlSubsidies.Award award = new ScdlSubsidies.Award(
                row.getString("funding_funder_name"),
                row.getString("funding_funder_siret"),
                row.getString("reference"),
                day(decidedAt),
                signedOn != null ? signedOn : day(acceptedAt),
                row.getString("name"),
                row.getString("siret"),
                row.getString("title"),
                row.getLong("amount"),
                row.getInt("funding_advance_share"),
                day(advancePaidAt),
                day(balancePaidAt),
                projectEnd,
                Period.parse(row.getString("funding_report_delay")));
        Instant lastChange = Stream.of(decidedAt, acceptedAt, advancePaidAt, balancePaidAt)
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .max(Instant::compareTo)
                .orElseThrow();
        return new Read(award, lastChange);
    }

    private static OffsetDateTime moment(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class);
    }

    /** A stored moment's day, as Paris saw it; none for none. */
    private static LocalDate day(OffsetDateTime moment) {
        return moment == null ? null : ParisTime.of(moment).toLocalDate();
    }
}
