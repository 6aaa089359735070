package org.constellation.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The call's scored proposals in order (plain rules, {@code RankingTest}): the higher score first, then the higher tie
 * value the call's decision gave; proposals level on both are a tie the committee sees. The first of the call's places
 * are proposed « retenue », the next of its waiting list « liste d'attente », the others « non retenue »; a proposal
 * nobody scored is proposed « non retenue » last.
 */
public final class Ranking {

    /** A result's place in the ranking and what the ranking proposes for it. */
    public record Place(SelectionResult result, int rank, boolean tied, SelectionOutcome proposed) {}

    private static final Comparator<SelectionResult> ORDER = Comparator.comparing(
                    SelectionResult::getScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(SelectionResult::getTieValue, Comparator.reverseOrder())
            .thenComparing(SelectionResult::getProposalId);

    private Ranking() {}

    public static List<Place> of(List<SelectionResult> results, int places, int waitingList) {
        List<SelectionResult> ordered = results.stream().sorted(ORDER).toList();
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            SelectionResult result = ordered.get(i);
            boolean tied = (i > 0 && level(result, ordered.get(i - 1)))
                    || (i + 1 < ordered.size() && level(result, ordered.get(i + 1)));
            SelectionOutcome proposed = result.getScore() == null || i >= places + waitingList
                    ? SelectionOutcome.NOT_SELECTED
                    : i < places ? SelectionOutcome.SELECTED : SelectionOutcome.WAITING_LIST;
            ranked.add(new Place(result, i + 1, tied, proposed));
        }
        return ranked;
    }

    private static boolean level(SelectionResult a, SelectionResult b) {
        return a.getScore() != null
                && b.getScore() != null
                && a.getScore().compareTo(b.getScore()) == 0
                && Objects.equals(
                        a.getTieValue().stripTrailingZeros(), b.getTieValue().stripTrailingZeros());
    }
}
