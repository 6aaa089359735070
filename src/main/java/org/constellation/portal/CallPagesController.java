package org.constellation.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Criterion;
import org.constellation.call.Season;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.proposal.CallStepTimes;
import org.constellation.proposal.ProposalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The open calls, and each call as applicants read it before answering. */
@Controller
class CallPagesController {

    private final CallRepository calls;
    private final ProgrammeReleases releases;
    private final CallStepTimes stepTimes;
    private final SubmissionFormView form;
    private final RateLimits rateLimits;
    private final Clock clock;

    CallPagesController(
            CallRepository calls,
            ProgrammeReleases releases,
            CallStepTimes stepTimes,
            SubmissionFormView form,
            RateLimits rateLimits,
            Clock clock) {
        this.calls = calls;
        this.releases = releases;
        this.stepTimes = stepTimes;
        this.form = form;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Drafts and calls waiting for their opening date are the team's alone.
        List<Call> all = calls.findAll().stream()
                .filter(Call::isPublic)
                .sorted(Comparator.comparing(Call::getDeadline))
                .toList();
        model.addAttribute(
                "openCalls",
                all.stream().filter(c -> c.acceptsSubmissionsAt(now)).toList());
        model.addAttribute(
                "otherCalls",
                all.stream().filter(c -> !c.acceptsSubmissionsAt(now)).toList());
        // The public is one of our four kinds of users: every season's agenda, latest first, once it has a programme.
        Set<Long> released = releases.releasedSeasons();
        model.addAttribute(
                "seasons",
                all.stream()
                        .map(Call::getSeason)
                        .filter(season -> released.contains(season.getId()))
                        .distinct()
                        .sorted(Comparator.comparing(Season::getStartsOn).reversed())
                        .toList());
        return "portal/home";
    }

    /** Fewer decided proposals than this tell nothing about a call's delays (and come close to naming people). */
    static final int DELAYS_SAMPLE = 5;
    /** How long a call's published delays are kept before they are computed again. */
    static final Duration DELAYS_KEPT = Duration.ofMinutes(5);

    /** The steps the team works on, whose times the public page gives. */
    private static final List<ProposalStatus> TEAM_STEPS =
            List.of(ProposalStatus.ELIGIBILITY_CHECK, ProposalStatus.ACCOMPANIMENT, ProposalStatus.MATCHING);

    /** A call's delays as computed at {@code at}. */
    record Computed(CallStepTimes.Figures figures, OffsetDateTime at) {}

    /**
     * Per call, for a few minutes: a crowd on the page computes them once (Caffeine runs one computation per call at a
     * time and makes the others wait for it); the stays still running grow with time, so the figures are redone.
     */
    private final Cache<Long, Computed> delays = Caffeine.newBuilder()
            .expireAfterWrite(DELAYS_KEPT)
            .maximumSize(1_000)
            .build();

    /**
     * A call's processing times, when it publishes them: how long the team took at each step, median and nine in ten,
     * and apart from it how long applicants took to answer requests, which Démarches Simplifiées counts against the
     * team. Not one transaction: the rate limit takes a connection of its own, and a request holding two connections at
     * once is how a crowd empties the pool (each waiting for the second).
     */
    @GetMapping("/appels/{slug}/delais")
    String delays(@PathVariable String slug, HttpServletRequest request, Model model) {
        rateLimits.consume(RateLimits.Limit.COMPUTED_PAGE_PER_ADDRESS, request.getRemoteAddr());
        Call call = calls.findBySlug(slug)
                .filter(Call::isPublic)
                .filter(Call::publishesDelays)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Computed computed = delays.get(call.getId(), id -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return new Computed(stepTimes.of(id, now), now);
        });
        Map<ProposalStatus, Duration[]> percentiles = computed.figures().percentiles();
        model.addAttribute("call", call);
        model.addAttribute("sample", DELAYS_SAMPLE);
        model.addAttribute("enough", computed.figures().decided() >= DELAYS_SAMPLE);
        model.addAttribute("decided", computed.figures().decided());
        model.addAttribute("computedAt", computed.at());
        model.addAttribute("keptMinutes", DELAYS_KEPT.toMinutes());
        model.addAttribute(
                "steps",
                TEAM_STEPS.stream()
                        .filter(percentiles::containsKey)
                        .map(step -> new Delay(
                                step,
                                days(percentiles.get(step)[0]),
                                days(percentiles.get(step)[1])))
                        .toList());
        model.addAttribute(
                "applicants",
                percentiles.containsKey(ProposalStatus.INFORMATION_REQUESTED)
                        ? new Delay(
                                ProposalStatus.INFORMATION_REQUESTED,
                                days(percentiles.get(ProposalStatus.INFORMATION_REQUESTED)[0]),
                                days(percentiles.get(ProposalStatus.INFORMATION_REQUESTED)[1]))
                        : null);
        return "portal/delays";
    }

    /** A step's times in whole days, rounded up: a day begun is a day of waiting. */
    record Delay(ProposalStatus step, long medianDays, long p90Days) {}

    private static long days(Duration duration) {
        return (duration.toHours() + 23) / 24;
    }

    /**
     * A call as applicants read it: open, over, or announced before its opening day (its facts and the day it opens,
     * without the way to answer). A draft is nobody's business but the team's.
     */
    @GetMapping("/appels/{slug}")
    @Transactional(readOnly = true)
    String call(@PathVariable String slug, Locale locale, Model model) {
        Call call = calls.findWholeBySlug(slug)
                .filter(Call::isAnnounced)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("call", call);
        model.addAttribute("open", call.acceptsSubmissionsAt(now));
        model.addAttribute("opensLater", call.opensLater(now));
        model.addAttribute("mandatoryCriteria", call.criteriaOfKind(Criterion.Kind.MANDATORY));
        model.addAttribute("bonusCriteria", call.criteriaOfKind(Criterion.Kind.BONUS));
        // What the team offers is what applicants may ask for: the needs of the submission form.
        model.addAttribute(
                "accompaniment",
                form.form().component("needs").orElseThrow().options().stream()
                        .map(option -> form.optionLabel("needs", option, locale))
                        .toList());
        return "portal/call";
    }
}
