package dev.rolefit.cli;

import dev.rolefit.engine.Counterfactuals;
import dev.rolefit.engine.Explanation;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.io.PrintWriter;
import java.util.List;

/**
 * An explanation addressed to the candidate, in plain words: the main elements of the decision (what
 * counted for and against, any knockout), which information was used and which never was, what
 * would change the outcome, and how to ask for a human review. Built for the right to an
 * explanation of an automated decision (EU AI Act Art. 86, GDPR Art. 22).
 *
 * @param candidateId      the candidate
 * @param vacancy          the vacancy's title (or id)
 * @param outcome          the outcome in one sentence
 * @param score            the score, 0–100
 * @param knockouts        the reasons that ruled the application out, if any
 * @param forYou           what counted in the candidate's favour, largest first
 * @param against          what counted against, largest first
 * @param wouldChange      changes in the candidate's own information that would lift the outcome
 * @param informationUsed  the kinds of information the rules looked at
 * @param informationNotUsed what the rules never look at
 * @param humanReview      how to ask for a person to review the decision
 * @param rulesetVersion   the exact rules that produced it
 */
record CandidateExplanation(String candidateId, String vacancy, String outcome, double score, List<String> knockouts,
                            List<String> forYou, List<String> against, List<String> wouldChange,
                            List<String> informationUsed, List<String> informationNotUsed, String humanReview,
                            String rulesetVersion) {

    static final List<String> USED = List.of(
            "your skills, as you listed them and as your job descriptions and summary name them",
            "your work experience: job titles, dates and descriptions",
            "your education: level, type of institution and field",
            "where you live and whether you would relocate or work remotely",
            "the contract types you accept and your salary expectation",
            "the languages you speak and how well");
    static final List<String> NOT_USED = List.of(
            "your name, email address, phone number and photo",
            "your age or date of birth, gender, nationality, ethnicity, religion, marital status, pregnancy or disability",
            "anything else in your documents that is not in the list of information used");

    static CandidateExplanation of(Explanation explanation, Counterfactuals counterfactuals, Vacancy vacancy,
                                   String contact, String rulesetVersion) {
        Match m = explanation.match();
        String title = vacancy.title() == null ? vacancy.id() : vacancy.title();
        List<String> knockouts = m.reasons().stream().filter(Reason::knockout).map(Reason::message).toList();
        List<String> forYou = m.reasons().stream().filter(r -> !r.knockout() && r.points() > 0.5)
                .limit(5).map(Reason::message).toList();
        List<String> against = m.reasons().stream().filter(r -> !r.knockout() && r.points() <= 0.5)
                .map(Reason::message).toList();
        List<String> wouldChange = counterfactuals.changes().stream()
                .filter(c -> c.verdict() != Verdict.REJECTED || m.verdict() == Verdict.REJECTED)
                .limit(5)
                .map(c -> c.change() + ": the outcome would be " + words(c.verdict()) + " (" + c.score() + ")")
                .toList();
        String outcome = switch (m.verdict()) {
            case REJECTED -> "Your application for " + title + " did not pass a requirement of the role.";
            case STRONG -> "Your profile matches " + title + " strongly.";
            case GOOD -> "Your profile matches " + title + " well.";
            case WEAK -> "Your profile matches " + title + " weakly.";
        };
        String review = "This result was produced by rules, not by a person. You can ask for a person to review it, "
                + "to give your point of view and to contest it: contact " + contact + " and quote "
                + m.candidateId() + " / " + m.vacancyId() + " and the rules version below.";
        return new CandidateExplanation(m.candidateId(), title, outcome, m.score(), knockouts, forYou, against,
                wouldChange, USED, NOT_USED, review, rulesetVersion);
    }

    private static String words(Verdict v) {
        return switch (v) {
            case STRONG -> "a strong match";
            case GOOD -> "a good match";
            case WEAK -> "a weak match";
            case REJECTED -> "still not passing a requirement";
        };
    }

    void write(PrintWriter out) {
        out.println(outcome + " (score " + score + " out of 100)");
        section(out, "What ruled the application out", knockouts);
        section(out, "What counted in your favour", forYou);
        section(out, "What counted against you, or less than it could", against);
        section(out, "What would change the outcome", wouldChange.isEmpty()
                ? List.of("No single change in your information would change the outcome.") : wouldChange);
        section(out, "Information that was used", informationUsed);
        section(out, "Information that was never used", informationNotUsed);
        out.println();
        out.println("Your right to a human review");
        out.println("  " + humanReview);
        out.println();
        out.println("Rules version: " + rulesetVersion);
    }

    private static void section(PrintWriter out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (String line : lines) {
            out.println("  - " + line);
        }
    }
}
