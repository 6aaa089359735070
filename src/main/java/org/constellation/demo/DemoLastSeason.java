package org.constellation.demo;

import static org.constellation.demo.DemoData.COORDINATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.programme.AttendanceMode;
import org.constellation.programme.EntryDetails;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.workflow.ParisTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Last season, "Une saison dans les étoiles", as it ended: its proposals published and their programme released, with
 * the events its Fête de la Science label went to (DemoLabelling); one label withdrawn after the first version, which
 * the second says.
 */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoLastSeason {

    private final DemoCalls demoCalls;
    private final DemoLabelling labelling;
    private final ProposalService proposals;
    private final ProposalRepository proposalRows;
    private final ProgrammeEntries entries;
    private final ProgrammeReleases releases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoLastSeason(
            DemoCalls demoCalls,
            DemoLabelling labelling,
            ProposalService proposals,
            ProposalRepository proposalRows,
            ProgrammeEntries entries,
            ProgrammeReleases releases,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.demoCalls = demoCalls;
        this.labelling = labelling;
        this.proposals = proposals;
        this.proposalRows = proposalRows;
        this.entries = entries;
        this.releases = releases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Last season as it ended: its call and its label's over, their proposals published (their processes are long
     * finished, so none runs), their programme entries released as the season's first version; then the escape game's
     * label withdrawn, and a second version that says so. The reference call's three come first, in their order, then
     * the label's.
     */
    List<Proposal> publish(int year, Period sinceWritten) {
        Season season = demoCalls.season(
                "saison-etoiles-" + year,
                "Une saison dans les étoiles " + year + "-" + (year + 1),
                year,
                "Sciences de l'Univers");
        Map<String, String> form = DemoCalls.commonForm(season, year);
        form.put("title", "Une saison dans les étoiles");
        form.put("slug", DemoData.LAST_CALL_SLUG);
        form.put(
                "introduction",
                "La Casemate et Grenoble-Alpes Métropole invitent tous les acteurs du territoire à "
                        + "construire ensemble une saison de culture scientifique consacrée à l'espace et à l'Univers.");
        form.put(
                "themes",
                String.join(
                        "\n",
                        "astronomy | Astronomie, astrophysique, sciences de l'Univers",
                        "space-exploration | Exploration spatiale, l'humain dans l'espace, programmes de recherche européens",
                        "space-imagination | L'espace dans l'imaginaire des sociétés (cosmogonie, mythologie...)",
                        "space-history | Histoire des sciences de l'espace et des technologies issues de la recherche spatiale",
                        "space-creation | Création autour de l'espace (astrophotographie, science-fiction...)",
                        "space-applications | Applications spatiales au quotidien, sciences du vivant, technologies spatiales"));
        form.put("opensOn", LocalDate.of(year - 1, 11, 1).toString());
        form.put(
                "umbrellaEvents",
                String.join("\n", "Fête de la Science", "Printemps du livre", "Nuit des musées", "Nuit des étoiles"));
        Call call = demoCalls.draft(form);
        Call label = labelling.draft(season, year);
        List<Proposal> published = programme(call, DemoProposals.LAST_SEASON, sinceWritten, "astronomie");
        List<Proposal> labelled = programme(label, DemoProposals.LABELLED, sinceWritten, "fête de la science");
        published.addAll(labelled);
        releases.release(season.getId(), COORDINATOR, "Programme de la saison : première version.");
        Proposal charging = labelled.get(DemoLabelling.WITHDRAWN);
        labelling.withdraw(charging);
        releases.release(
                season.getId(), COORDINATOR, "Label retiré à « " + charging.getTitle() + " » : entrée payante.");
        return published;
    }

    /**
     * The call's proposals as they came then (the call takes them for the time it takes to write them down), each with
     * its answers to the charter if the call labels, its programme entry published, and the proposal with it.
     */
    private List<Proposal> programme(
            Call call, List<DemoProposals.Programmed> written, Period sinceWritten, String keyword) {
        List<Proposal> published = new ArrayList<>();
        demoCalls.takingProposals(call.getId(), () -> {
            for (DemoProposals.Programmed one : written) {
                Map<String, Object> values = DemoData.shifted(one.proposal(), sinceWritten);
                values.put("callSlug", call.getSlug());
                Proposal proposal = proposals.register(
                        ProposalSubmission.fromFormValues(values).withCommitments(one.charter()), Locale.FRENCH);
                entries.edit(proposal.getId(), entry(proposal, one, keyword));
                entries.publish(proposal.getId());
                inTransaction(() ->
                        proposalRows.findById(proposal.getId()).orElseThrow().moveTo(ProposalStatus.PUBLISHED, clock));
                published.add(proposal);
            }
        });
        return published;
    }

    /**
     * Last season's entry as the team prepared it from the proposal: its venue and texts, and over its dates either one
     * run of days without hours (an exhibition) or a session at the same hours each day.
     */
    private static EntryDetails entry(Proposal proposal, DemoProposals.Programmed programmed, String keyword) {
        LocalDate first = proposal.getPlannedStart();
        LocalDate last = proposal.getPlannedEnd();
        List<Timing> timings = programmed.from() == null
                ? List.of(Timing.days(first, last))
                : first.datesUntil(last.plusDays(1))
                        .map(day -> session(day, programmed.from(), programmed.to()))
                        .toList();
        return new EntryDetails(
                proposal.getSummary(),
                proposal.getDescription(),
                timings,
                proposal.getPlace(),
                null,
                List.of("FAMILIES"),
                null,
                null,
                List.of(),
                AttendanceMode.OFFLINE,
                null,
                List.of(),
                List.of(keyword),
                proposal.getUmbrellaEvent());
    }

    /** A session of {@code day}; one ending at midnight, or before it starts, ends the next day. */
    private static Timing session(LocalDate day, LocalTime from, LocalTime to) {
        LocalDate endDay = to.isAfter(from) ? day : day.plusDays(1);
        return new Timing(
                day.atTime(from).atZone(ParisTime.ZONE).toOffsetDateTime(),
                endDay.atTime(to).atZone(ParisTime.ZONE).toOffsetDateTime());
    }

    private void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }
}
