package org.constellation.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Who takes a seat on a proposal's review, by rule (issue 30): experts with a known conflict are left out (their
 * organisation is the holder's, the proposal is in a commune they must not review, or they already sat on it), then the
 * most themes in common, then the lightest load in the call; the experts still level are drawn with the recorded seed.
 * Given the same record, {@link #replay} draws the same expert: anyone can check a draw.
 */
public final class ExpertDraw {

    /** An expert as the draw saw them. */
    public record Candidate(String expertId, int themesInCommon, long load, String exclusion) {

        boolean eligible() {
            return exclusion == null;
        }
    }

    /** What a draw drew from, with its seed and its result (null when nobody could sit): kept with the seat. */
    public record Record(long seed, List<Candidate> candidates, String drawn) {}

    private static final Comparator<Candidate> BY_RULE =
            Comparator.comparingInt(Candidate::themesInCommon).reversed().thenComparingLong(Candidate::load);

    private ExpertDraw() {}

    public static Record draw(List<Candidate> candidates, long seed) {
        return new Record(seed, List.copyOf(candidates), pick(candidates, seed).orElse(null));
    }

    /** The expert this record's candidates and seed give, as the draw gave them. */
    public static Optional<String> replay(Record record) {
        return pick(record.candidates(), record.seed());
    }

    private static Optional<String> pick(List<Candidate> candidates, long seed) {
        List<Candidate> eligible =
                candidates.stream().filter(Candidate::eligible).sorted(BY_RULE).toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = eligible.get(0);
        // The level ones in a fixed order (by id), whatever order the directory listed them in: the seed alone decides.
        List<String> level = new ArrayList<>(eligible.stream()
                .filter(c -> BY_RULE.compare(c, best) == 0)
                .map(Candidate::expertId)
                .sorted()
                .toList());
        return Optional.of(level.get(new Random(seed).nextInt(level.size())));
    }
}
