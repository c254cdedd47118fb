package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * One candidate–vacancy pair, scored and explained.
 *
 * @param candidateId    the candidate
 * @param vacancyId      the vacancy
 * @param rank           1-based position within its list (per vacancy or per candidate)
 * @param score          0–100: how well the candidate meets the vacancy
 * @param verdict        STRONG, GOOD, WEAK, or REJECTED when a knockout fired
 * @param reverseScore   0–100: how well the vacancy meets the candidate's wishes
 * @param categoryScores per category, 0–1, of the categories the rules assessed
 * @param evidence       matched and missing skills
 * @param reasons        every fired rule's reason for {@code score}, largest impact first
 * @param reverseReasons the reasons behind {@code reverseScore}: how the vacancy meets the candidate's wishes
 */
@JsonPropertyOrder({"candidateId", "vacancyId", "rank", "score", "verdict", "reverseScore",
        "categoryScores", "evidence", "reasons", "reverseReasons"})
public record Match(String candidateId, String vacancyId, int rank, double score, Verdict verdict,
                    double reverseScore, Map<String, Double> categoryScores, Evidence evidence,
                    List<Reason> reasons, List<Reason> reverseReasons) {
    public Match {
        categoryScores = Text.sortedMap(categoryScores);
        evidence = evidence == null ? Evidence.NONE : evidence;
        reasons = Text.list(reasons);
        reverseReasons = Text.list(reverseReasons);
    }

    /** A match without reverse reasons. */
    public Match(String candidateId, String vacancyId, int rank, double score, Verdict verdict,
                 double reverseScore, Map<String, Double> categoryScores, Evidence evidence, List<Reason> reasons) {
        this(candidateId, vacancyId, rank, score, verdict, reverseScore, categoryScores, evidence, reasons, List.of());
    }

    /** This match at another rank. */
    public Match withRank(int newRank) {
        return new Match(candidateId, vacancyId, newRank, score, verdict, reverseScore, categoryScores,
                evidence, reasons, reverseReasons);
    }
}
