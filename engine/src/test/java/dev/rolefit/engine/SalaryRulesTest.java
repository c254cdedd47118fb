package dev.rolefit.engine;

import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** salary.drl: the expectation against the band (€55,000–€110,000 a year) or the benchmark. */
class SalaryRulesTest extends RulesTestBase {

    private static Match expecting(double amount, String currency, String period) {
        return score(candidate(c -> c.putObject("salaryExpectation").put("min", amount).put("currency", currency)
                .put("period", period)), vacancy());
    }

    @ParameterizedTest(name = "expects {0} {1} a {2}: {3}")
    @CsvSource({
            "80000, EUR, YEAR, Salary expectation fits the band",
            "110000, EUR, YEAR, Salary expectation fits the band",
            "6500, EUR, MONTH, Salary expectation fits the band",
            "115000, EUR, YEAR, Salary expectation slightly above the band",
            "125000, EUR, YEAR, Salary expectation well above the band",
            "140000, EUR, YEAR, Salary expectation far above the band",
            "95, EUR, HOUR, Salary expectation far above the band",
            "35000, EUR, YEAR, Salary expectation far below the band",
            "50000, EUR, YEAR, Salary expectation under the band's minimum",
            "140000, USD, YEAR, Salary expectation well above the band"})
    void expectationAgainstTheBand(double amount, String currency, String period, String rule) {
        assertFired(expecting(amount, currency, period), rule);
    }

    @Test
    void thirtySixPercentAboveTheMaximum_isAKnockoutThatSaysByHowMuch() {
        Match m = score(candidate(c -> c.putObject("salaryExpectation").put("min", 95000).put("currency", "EUR")),
                vacancy(v -> v.putObject("salary").put("min", 50000).put("max", 70000).put("currency", "EUR")));

        assertKnockout(m, "Salary expectation far above the band");
        assertMessage(m, "Salary expectation far above the band",
                "Expects €95,000 a year", "36% above the band's maximum of €70,000");
    }

    @Test
    void slightlyAbove_isNegotiableAtASmallCost() {
        Match inside = expecting(100000, "EUR", "YEAR");
        Match above = expecting(115000, "EUR", "YEAR");

        assertMessage(above, "Salary expectation slightly above the band", "5% above", "negotiable");
        assertTrue(above.score() < inside.score());
        assertEquals(1.0, inside.categoryScores().get("SALARY"));
    }

    @Test
    void monthlyAndHourlyAmounts_areComparedAsYearlyEuros() {
        Match monthly = expecting(6500, "EUR", "MONTH");

        assertMessage(monthly, "Salary expectation fits the band", "€6,500 a month", "€78,000 a year");
    }

    @Test
    void farBelowTheBand_isFlaggedAsAPossibleSeniorityMismatch() {
        Match m = expecting(35000, "EUR", "YEAR");

        assertMessage(m, "Salary expectation far below the band", "possible seniority mismatch");
        assertTrue(reason(m, "Salary expectation far below the band").points() < 0);
    }

    @Test
    void withoutABand_theCountryBenchmarkMedianStandsIn() {
        Match near = score(candidate(c -> c.putObject("salaryExpectation").put("min", 75000).put("currency", "EUR")),
                vacancy(v -> {
                    v.remove("salary");
                    v.putObject("location").put("city", "Munich").put("countryCode", "DE");
                    v.put("remotePolicy", "REMOTE");
                }));
        Match above = score(candidate(c -> c.putObject("salaryExpectation").put("min", 95000).put("currency", "EUR")),
                vacancy(v -> {
                    v.remove("salary");
                    v.putObject("location").put("city", "Munich").put("countryCode", "DE");
                    v.put("remotePolicy", "REMOTE");
                }));

        assertMessage(near, "Salary expectation near the benchmark median", "No salary band given", "Germany", "€70,000");
        assertMessage(above, "Salary expectation above the benchmark median", "36% above");
        assertSilent(above, "Salary expectation far above the band");
    }

    @Test
    void theBandReachingTheExpectation_satisfiesTheCandidate() {
        Match inside = expecting(80000, "EUR", "YEAR");
        Match above = expecting(125000, "EUR", "YEAR");

        assertFired(inside, "The band pays what the candidate asks");
        assertMessage(above, "The band pays less than the candidate asks", "tops out at €110,000");
        assertTrue(inside.reverseScore() > above.reverseScore());
    }
}
