package org.constellation.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.constellation.call.Jury;
import org.constellation.call.JuryCriterion;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.TaskInput;

/**
 * A call's scoring grid, and the rules an expert's scores follow (plain rules, {@code GridTest}): one whole score per
 * criterion within the scale, a comment under the call's threshold, a recommendation. An expert's total is the weighted
 * mean of their scores, on the scale.
 */
public record Grid(List<JuryCriterion> criteria, int scaleMax, int commentBelow) {

    static final List<ModelKey> FORM_KEYS = keys();
    static final ModelKey COMMENT = ModelKey.field("expertComment", String.class);
    static final ModelKey RECOMMENDATION = ModelKey.field("expertRecommendation", String.class);
    /** The scale in words, for the form: « de 0 à 5 ». */
    static final ModelKey SCALE = ModelKey.shown("scoringScale", String.class);

    public static Grid of(Jury jury, List<JuryCriterion> criteria) {
        return new Grid(List.copyOf(criteria), jury.getScaleMax(), jury.getCommentBelow());
    }

    static String label(int position) {
        return "criterion" + position + "Label";
    }

    static String score(int position) {
        return "criterion" + position + "Score";
    }

    private static List<ModelKey> keys() {
        List<ModelKey> keys = new ArrayList<>();
        for (int position = 1; position <= Jury.MAX_CRITERIA; position++) {
            keys.add(ModelKey.shown(label(position), String.class));
            keys.add(ModelKey.field(score(position), Long.class));
        }
        return keys;
    }

    /** What an expert gave: their scores in the grid's order, their comment and recommendation. */
    record Sheet(List<ExpertAssignment.Score> scores, String comment, Recommendation recommendation) {}

    /** Reads and checks an expert's answer; a broken rule rejects the completion with its reason, in French. */
    Sheet read(TaskInput input) {
        List<ExpertAssignment.Score> scores = new ArrayList<>();
        boolean low = false;
        for (int position = 1; position <= criteria.size(); position++) {
            String label = criteria.get(position - 1).label();
            Integer score = input.integer(score(position), label);
            if (score == null) {
                throw TaskInput.rejected("« " + label + " » : donnez une note de 0 à " + scaleMax + ".");
            }
            if (score < 0 || score > scaleMax) {
                throw TaskInput.rejected("« " + label + " » : la note va de 0 à " + scaleMax + ", pas " + score + ".");
            }
            low |= score < commentBelow;
            scores.add(new ExpertAssignment.Score(position, score));
        }
        String comment = input.text(COMMENT.name());
        if (low && comment == null) {
            throw TaskInput.rejected("Une note sous " + commentBelow
                    + " demande un commentaire : dites au comité ce qui manque à la proposition.");
        }
        String recommendation = input.text(RECOMMENDATION.name());
        if (recommendation == null) {
            throw TaskInput.rejected("Donnez votre recommandation au comité.");
        }
        return new Sheet(scores, comment, Recommendation.valueOf(recommendation));
    }

    /** The expert's total: the weighted mean of their scores, on the scale; empty before they scored. */
    OptionalDouble total(ExpertAssignment assignment) {
        if (assignment.getState() != AssignmentState.SCORED) {
            return OptionalDouble.empty();
        }
        double weighted = 0;
        int weights = 0;
        for (ExpertAssignment.Score score : assignment.getScores()) {
            if (score.position() > criteria.size()) {
                continue;
            }
            int weight = criteria.get(score.position() - 1).weight();
            weighted += weight * score.score();
            weights += weight;
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
    }
}
