package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param standing         where the candidate stands among a pool, and what would move them into the
 *                         top k (null unless asked for with {@code --top})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CandidateExplanation(String candidateId, String vacancy, String outcome, double score, List<String> knockouts,
                            List<String> forYou, List<String> against, List<String> wouldChange,
                            List<String> informationUsed, List<String> informationNotUsed, String humanReview,
                            String rulesetVersion, Standing standing) {

    /**
     * Where the candidate stands among the candidates for the vacancy. It names no other candidate:
     * only how many there are and the score to overtake.
     *
     * @param top          how many candidates the top holds
     * @param candidates   how many candidates were ranked, the candidate included
     * @param rank         the candidate's rank, 1 for the best
     * @param inTop        whether the candidate is in the top (ranked within it and not ruled out)
     * @param scoreToBeat  the score of the candidate in place {@code top} among the others (null when
     *                     there are fewer others than that); a tie goes to the better fit to the
     *                     candidate's wishes, then to the id
     * @param wouldMoveIntoTop the smallest changes in the candidate's information that would move them
     *                     into the top, one change or two together, found by re-running the rules
     */
    record Standing(int top, int candidates, int rank, boolean inTop, Double scoreToBeat, List<String> wouldMoveIntoTop) {
        Standing {
            wouldMoveIntoTop = List.copyOf(wouldMoveIntoTop);
        }

        static Standing of(Counterfactuals.TopK topK) {
            List<String> moves = topK.moves().stream().limit(5)
                    .map(m -> sentence(m.changes()) + ": you would rank " + ordinal(m.rank()) + " (score " + m.score()
                            + ", " + words(m.verdict()) + ")")
                    .toList();
            return new Standing(topK.k(), topK.poolSize(), topK.rankBefore(), topK.inTopK(),
                    topK.kthOther() == null ? null : topK.kthOther().score(), moves);
        }

        /** "Add the skill Terraform and be willing to relocate". */
        private static String sentence(List<String> changes) {
            StringBuilder b = new StringBuilder(changes.get(0));
            for (String c : changes.subList(1, changes.size())) {
                b.append(" and ").append(Character.toLowerCase(c.charAt(0))).append(c.substring(1));
            }
            return b.toString();
        }
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

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
        return of(explanation, counterfactuals, null, vacancy, contact, rulesetVersion);
    }

    /** As above; {@code topK}, when not null, adds where the candidate stands and what would move them into the top k. */
    static CandidateExplanation of(Explanation explanation, Counterfactuals counterfactuals, Counterfactuals.TopK topK,
                                   Vacancy vacancy, String contact, String rulesetVersion) {
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
                wouldChange, USED, NOT_USED, review, rulesetVersion, topK == null ? null : Standing.of(topK));
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
        if (standing != null) {
            int k = standing.top();
            section(out, "Where you stand among the candidates", List.of("You rank " + ordinal(standing.rank()) + " of "
                    + standing.candidates() + (standing.candidates() == 1 ? " candidate" : " candidates")
                    + (standing.inTop() ? "; you are in the top " + k + "."
                    : standing.scoreToBeat() == null ? "; you are not in the top " + k + " because a requirement is not met."
                    : "; the candidate in place " + k + " among the others scored " + standing.scoreToBeat() + ".")));
            if (!standing.inTop()) {
                section(out, "What would move you into the top " + k, standing.wouldMoveIntoTop().isEmpty()
                        ? List.of("No change of one or two items of your information would move you into the top " + k + ".")
                        : standing.wouldMoveIntoTop());
            }
        }
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
