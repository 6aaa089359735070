package org.constellation.matching.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The matching benchmark (run it with bench/matching): a national season of synthetic proposals spread around French
 * cities, the top 5 partners of every proposal, at three sizes up to 10,000 proposals and 2,000 offers. The baseline,
 * measured in the same run on the same data, scores every pair, as a matcher without the grid would; it runs on a
 * sample of proposals and is reported per proposal. Evaluations (candidates scored) are the same on every machine;
 * times depend on it.
 */
public final class MatchingBenchmark {

    /** Where proposals cluster: big and middle-sized French cities (latitude, longitude, weight). */
    private static final double[][] CITIES = {
        {48.857, 2.352, 20}, {45.764, 4.836, 8}, {43.296, 5.370, 8}, {43.605, 1.444, 6}, {43.710, 7.262, 4},
        {47.218, -1.554, 5}, {48.573, 7.752, 5}, {43.611, 3.877, 5}, {44.838, -0.579, 5}, {50.629, 3.057, 5},
        {48.117, -1.678, 4}, {49.258, 4.032, 2}, {45.188, 5.725, 4}, {47.322, 5.041, 2}, {47.478, -0.563, 2},
        {45.440, 4.387, 2}, {49.443, 1.099, 2}, {43.125, 5.930, 2}, {45.778, 3.087, 3}, {47.394, 0.685, 2},
        {49.894, 2.302, 1}, {47.902, 1.909, 2}, {48.390, -4.486, 2}, {46.580, 0.340, 2}, {48.692, 6.184, 2},
        {42.698, 2.895, 1}, {45.899, 6.129, 1}, {43.300, -0.370, 1}, {46.323, -0.465, 1}, {44.933, 4.892, 1}
    };

    private static final List<String> THEMES = List.of(
            "astronomie",
            "espace",
            "climat",
            "biodiversité",
            "santé",
            "numérique",
            "énergie",
            "océans",
            "mathématiques",
            "archéologie",
            "chimie",
            "géologie");
    private static final List<String> AUDIENCES = List.of(
            "GENERAL_PUBLIC", "FAMILIES", "CHILDREN", "TEENAGERS", "STUDENTS", "SCHOOL_CLASSES", "ADULTS", "SENIORS");
    private static final List<String> KINDS =
            List.of("ASSOCIATION", "SCHOOL", "RESEARCH", "MUSEUM_OR_VENUE", "LOCAL_AUTHORITY", "ARTIST");
    private static final LocalDate SEASON = LocalDate.of(2027, 9, 1);
    private static final int TOP = 5;
    private static final int BASELINE_SAMPLE = 500;

    private MatchingBenchmark() {}

    public static void main(String[] args) throws IOException {
        StringBuilder report = new StringBuilder();
        report.append("| Proposals | Offers | Indexed: time | Indexed: candidates scored per proposal | "
                        + "All pairs: time per proposal (sample) | All pairs: candidates per proposal | Ratio (all pairs / indexed) | "
                        + "Same best partner as all pairs (sample) |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        warmUp();
        double fullSeconds = 0;
        for (int proposals : new int[] {2_500, 5_000, 10_000}) {
            int offers = proposals / 5;
            Season season = Season.generate(proposals, offers, 2027L);

            PartnerMatcher matcher = new PartnerMatcher(season.all(), true);
            long start = System.nanoTime();
            long suggestions = 0;
            for (Profile seeker : season.proposals()) {
                suggestions += matcher.suggestionsFor(seeker, TOP).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double indexedPerProposal = (double) matcher.evaluations() / proposals;

            PartnerMatcher baseline = new PartnerMatcher(season.all(), true);
            long baselineStart = System.nanoTime();
            List<Profile> sample = season.proposals().subList(0, Math.min(BASELINE_SAMPLE, proposals));
            List<List<Suggestion>> exhaustive = new ArrayList<>();
            for (Profile seeker : sample) {
                exhaustive.add(allPairs(baseline, seeker, season.all()));
            }
            double baselineSecondsPerProposal = (System.nanoTime() - baselineStart) / 1e9 / sample.size();
            int sameBest = 0;
            for (int i = 0; i < sample.size(); i++) {
                List<Suggestion> indexed = matcher.suggestionsFor(sample.get(i), TOP);
                List<Suggestion> best = exhaustive.get(i);
                if (indexed.isEmpty()
                        ? best.isEmpty()
                        : !best.isEmpty()
                                && indexed.get(0).score() >= best.get(0).score()) {
                    sameBest++;
                }
            }
            double baselinePerProposal = (double) baseline.evaluations() / sample.size();

            report.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %.2f s | %.0f | %.3f ms | %.0f | %.0f× | %.0f %% |%n",
                    proposals,
                    offers,
                    seconds,
                    indexedPerProposal,
                    baselineSecondsPerProposal * 1000,
                    baselinePerProposal,
                    baselineSecondsPerProposal * proposals / seconds,
                    100.0 * sameBest / sample.size()));
            System.err.printf(
                    Locale.ROOT,
                    "%d proposals, %d offers: %.2f s, %d suggestions%n",
                    proposals,
                    offers,
                    seconds,
                    suggestions);
            fullSeconds = seconds;
        }
        report.append(String.format(
                Locale.ROOT,
                "%nTop %d for 10,000 proposals and 2,000 offers: %.2f s (target: under 10 s"
                        + " on 2 cores; this run uses one). Machine: %d processors, Java %s.%n",
                TOP,
                fullSeconds,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        System.out.print(report);
        if (args.length > 0) {
            Path file = Path.of(args[0]);
            String page = Files.readString(file);
            String marker = "<!-- benchmark results -->";
            int at = page.indexOf(marker);
            Files.writeString(
                    file, (at < 0 ? page + "\n" + marker : page.substring(0, at + marker.length())) + "\n\n" + report);
        }
    }

    /** What a matcher without an index does: score every candidate, keep the best. */
    static List<Suggestion> allPairs(PartnerMatcher scorer, Profile seeker, List<Profile> candidates) {
        List<PartnerMatcher.Scored> scored = new ArrayList<>();
        for (Profile candidate : candidates) {
            PartnerMatcher.Scored result = scorer.score(seeker, candidate);
            if (result != null) {
                scored.add(result);
            }
        }
        return scored.stream()
                .sorted(PartnerMatcher.Scored.BEST_FIRST)
                .limit(TOP)
                .map(PartnerMatcher.Scored::suggestion)
                .toList();
    }

    private static void warmUp() {
        Season season = Season.generate(2_000, 400, 1L);
        PartnerMatcher matcher = new PartnerMatcher(season.all(), true);
        for (int round = 0; round < 3; round++) {
            season.proposals().forEach(seeker -> matcher.suggestionsFor(seeker, TOP));
        }
    }

    /** A synthetic season: proposals with needs, and contributions with offers, around the cities. */
    record Season(List<Profile> proposals, List<Profile> all) {

        static Season generate(int proposals, int offers, long seed) {
            Random random = new Random(seed);
            double totalWeight = 0;
            for (double[] city : CITIES) {
                totalWeight += city[2];
            }
            List<Profile> seekers = new ArrayList<>();
            List<Profile> everyone = new ArrayList<>();
            for (int i = 0; i < proposals + offers; i++) {
                double pick = random.nextDouble() * totalWeight;
                double[] city = CITIES[0];
                for (double[] candidate : CITIES) {
                    pick -= candidate[2];
                    if (pick <= 0) {
                        city = candidate;
                        break;
                    }
                }
                GeoPoint place =
                        new GeoPoint(city[0] + random.nextGaussian() * 0.12, city[1] + random.nextGaussian() * 0.16);
                boolean offering = i >= proposals;
                Set<Resource> needs = offering ? Set.of() : pick(Resource.class, 1 + random.nextInt(2), random);
                Set<Offer> offered = new HashSet<>();
                if (offering) {
                    for (Resource resource : pick(Resource.class, 1 + random.nextInt(2), random)) {
                        offered.add(new Offer(resource, resource == Resource.ROOM ? 20 + random.nextInt(300) : 0));
                    }
                }
                LocalDate from = SEASON.plusDays(random.nextInt(300));
                Profile profile = new Profile(
                        i,
                        (offering ? "Contribution " : "Projet ") + i,
                        needs,
                        offered,
                        new HashSet<>(List.of(
                                THEMES.get(random.nextInt(THEMES.size())), THEMES.get(random.nextInt(THEMES.size())))),
                        place,
                        "Commune " + (i % 997),
                        Set.of(AUDIENCES.get(random.nextInt(AUDIENCES.size()))),
                        from,
                        from.plusDays(offering ? 120 : random.nextInt(3)),
                        KINDS.get(random.nextInt(KINDS.size())),
                        random.nextInt(150),
                        random.nextInt(20) != 0);
                everyone.add(profile);
                if (!offering) {
                    seekers.add(profile);
                }
            }
            return new Season(seekers, everyone);
        }

        private static <E extends Enum<E>> Set<E> pick(Class<E> type, int count, Random random) {
            E[] values = type.getEnumConstants();
            Set<E> picked = EnumSet.noneOf(type);
            while (picked.size() < count) {
                picked.add(values[random.nextInt(values.length)]);
            }
            return picked;
        }
    }
}
