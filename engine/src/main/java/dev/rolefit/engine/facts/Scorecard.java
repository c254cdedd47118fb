package dev.rolefit.engine.facts;

import dev.rolefit.model.Reason;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where rules write what they found, as the globals {@code score} (how well the candidate meets
 * the vacancy) and {@code reverse} (how well the vacancy meets the candidate's wishes).
 *
 * <p>A rule names its category once, as {@code @category("SKILLS")} above its {@code when}; its
 * consequence then says how many points it earned out of how many it could:
 *
 * <pre>
 * score.award(drools, 3, 4, "Has 3 of 4 required skills; missing Terraform");
 * score.penalty(drools, 0.2, "Expects 8% above the band's maximum");
 * score.knockout(drools, "Needs Dutch at PROFESSIONAL level; speaks none");
 * </pre>
 *
 * A category's score is the points earned over the points possible among the rules that fired in
 * it; the scoring weights (scoring.csv) turn category scores into the 0–100 score.
 */
public final class Scorecard {
    /** One entry as written by a rule, before weights turn it into points. */
    public record Entry(String rule, String category, double earned, double possible, boolean knockout,
                        String message) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> matchedSkills = new LinkedHashSet<>();
    private final Set<String> missingSkills = new LinkedHashSet<>();
    private final boolean stopAtKnockout;

    /** A scorecard that records everything the rules write. */
    public Scorecard() {
        this(false);
    }

    /**
     * @param stopAtKnockout halt the rules at the first knockout: for a caller that drops rejected
     *                       pairs, so a rejected pair costs only the rules that ran before it (the
     *                       knockout rules run first, by their salience)
     */
    public Scorecard(boolean stopAtKnockout) {
        this.stopAtKnockout = stopAtKnockout;
    }

    /** The rule earned {@code earned} out of {@code possible} points in its category. */
    public void award(RuleContext drools, double earned, double possible, String message) {
        if (possible < 0 || earned > possible + 1e-9) {
            throw new IllegalArgumentException("rule '" + drools.getRule().getName() + "' awards " + earned
                    + " out of " + possible + "; earned must be between 0 and possible");
        }
        add(drools, earned, possible, false, message);
    }

    /** The rule takes {@code points} off its category (out of nothing: it cannot raise the maximum). */
    public void penalty(RuleContext drools, double points, String message) {
        add(drools, -Math.abs(points), 0, false, message);
    }

    /** The rule rejects the match on its own. */
    public void knockout(RuleContext drools, String message) {
        add(drools, 0, 0, true, message);
        if (stopAtKnockout) {
            drools.getKieRuntime().halt();
        }
    }

    // The same three calls as the precompiled default rules make them: there a consequence's
    // `drools` is the executable model's Drools, whose implementation is also the RuleContext.

    /** {@link #award(RuleContext, double, double, String)} from a precompiled rule. */
    public void award(Drools drools, double earned, double possible, String message) {
        award(context(drools), earned, possible, message);
    }

    /** {@link #penalty(RuleContext, double, String)} from a precompiled rule. */
    public void penalty(Drools drools, double points, String message) {
        penalty(context(drools), points, message);
    }

    /** {@link #knockout(RuleContext, String)} from a precompiled rule. */
    public void knockout(Drools drools, String message) {
        knockout(context(drools), message);
    }

    private static RuleContext context(Drools drools) {
        if (drools instanceof RuleContext context) {
            return context;
        }
        throw new IllegalStateException("a precompiled rule's context " + drools.getClass().getName()
                + " is not a RuleContext; this Drools version is not supported");
    }

    /** Records skills for the match's evidence. */
    public void matched(java.util.Collection<String> skills) {
        matchedSkills.addAll(skills);
    }

    /** Records missing required skills for the match's evidence. */
    public void missing(java.util.Collection<String> skills) {
        missingSkills.addAll(skills);
    }

    private void add(RuleContext drools, double earned, double possible, boolean knockout, String message) {
        Rule rule = drools.getRule();
        Object category = rule.getMetaData().get("category");
        if (category == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' in " + rule.getPackageName()
                    + " scores without a @category(\"...\") annotation");
        }
        entries.add(new Entry(rule.getName(), category.toString(), earned, possible, knockout, message));
    }

    /** What the rules wrote, in firing order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The skills rules recorded as matched, in the order first recorded. */
    public List<String> matchedSkills() {
        return List.copyOf(matchedSkills);
    }

    /** The required skills rules recorded as missing, in the order first recorded. */
    public List<String> missingSkills() {
        return List.copyOf(missingSkills);
    }

    /** Unused by rules: turns an entry into a reason once the points are known. */
    public static Reason reason(Entry entry, double points) {
        return new Reason(entry.rule(), entry.category(), points, entry.knockout(), entry.message());
    }
}
