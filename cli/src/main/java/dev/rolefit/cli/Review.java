package dev.rolefit.cli;

import dev.rolefit.engine.AuditLog;
import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The human overrides recorded in a decision log, applied to a batch of matches so that the audits
 * show the outcome after human review next to the automated one (EU AI Act Art. 14).
 *
 * <p>The standing override of a pair is the last one recorded for it. After review, a pair a person
 * overrode is selected when the new verdict is not REJECTED, whatever its rank (the person's
 * decision replaces the rules', so a reinstated candidate joins the shortlist even below the top
 * K), and not selected when it is REJECTED; every other pair keeps its automated outcome.
 * Overrides change no score, so scoring rates are the same before and after review.
 *
 * @param source    the decision log the overrides come from
 * @param overrides the standing override of each pair, by {@link AuditLog#pair(String, String)}
 */
record Review(String source, Map<String, AuditLog.HumanOverride> overrides) {
    Review {
        overrides = Map.copyOf(overrides);
    }

    /** The overrides of a log; null when no log is given (the audits then show the automated outcome only). */
    static Review of(AuditLog.Contents log, String source) {
        return new Review(source, log.latestOverrides());
    }

    /** The standing override of a match's pair, or null. */
    AuditLog.HumanOverride of(Match m) {
        return overrides.get(AuditLog.pair(m.candidateId(), m.vacancyId()));
    }

    /** Whether the pair is selected after review, given whether the rules selected it. */
    boolean selected(Match m, boolean automated) {
        AuditLog.HumanOverride o = of(m);
        return o == null ? automated : o.verdict() != Verdict.REJECTED;
    }

    /** The verdict after review. */
    Verdict verdict(Match m) {
        AuditLog.HumanOverride o = of(m);
        return o == null ? m.verdict() : o.verdict();
    }

    /** What a reader must know about how the overrides fit the match file, one sentence each. */
    List<String> notes(MatchFile file) {
        Set<String> pairs = new HashSet<>();
        for (Match m : file.matches()) {
            pairs.add(AuditLog.pair(m.candidateId(), m.vacancyId()));
        }
        int absent = 0;
        int otherRules = 0;
        for (Map.Entry<String, AuditLog.HumanOverride> o : overrides.entrySet()) {
            if (!pairs.contains(o.getKey())) {
                absent++;
            } else if (file.rulesetVersion() != null && !file.rulesetVersion().equals(o.getValue().rulesetVersion())) {
                otherRules++;
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("after human review: the overrides recorded in " + source + " (the last for each pair) replace "
                + "the rules' verdict; an overridden pair is selected unless the person rejected it, whatever its "
                + "rank; scores, and so scoring rates, do not change");
        if (absent > 0) {
            notes.add(absent + (absent == 1 ? " override names a pair that is" : " overrides name pairs that are")
                    + " not in the match file; not applied");
        }
        if (otherRules > 0) {
            notes.add(otherRules + (otherRules == 1 ? " override was" : " overrides were")
                    + " made on a decision of another rule set than the match file's; applied all the same");
        }
        return notes;
    }
}
