package dev.rolefit.model;

import java.util.Locale;

/**
 * An amount or a range of money paid per period: a vacancy's band or a candidate's expectation.
 * A candidate usually gives only {@code min}; a vacancy gives both ends.
 *
 * @param min      the lower end, never negative; may be null when only {@code max} is known
 * @param max      the upper end, at least {@code min}; may be null
 * @param currency an ISO 4217 code such as EUR, USD, GBP (upper case)
 * @param period   what the amount pays for; YEAR when not given
 */
public record Salary(Double min, Double max, String currency, Period period) {
    public Salary {
        if (min == null && max == null) {
            throw new IllegalArgumentException("salary has neither min nor max");
        }
        if (min != null && !Double.isFinite(min)) {
            throw new IllegalArgumentException("salary min " + Text.number(min) + " is not a finite number");
        }
        if (max != null && !Double.isFinite(max)) {
            throw new IllegalArgumentException("salary max " + Text.number(max) + " is not a finite number");
        }
        if (min != null && min < 0) {
            throw new IllegalArgumentException("salary min " + Text.number(min) + " is negative");
        }
        if (max != null && max < 0) {
            throw new IllegalArgumentException("salary max " + Text.number(max) + " is negative");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("salary range is inverted: min " + Text.number(min) + " is above max " + Text.number(max));
        }
        currency = Text.blankToNull(currency);
        if (currency == null) {
            throw new IllegalArgumentException("salary currency is missing (an ISO 4217 code such as EUR)");
        }
        if (!currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("salary currency '" + currency + "' is not an ISO 4217 code such as EUR");
        }
        currency = currency.toUpperCase(Locale.ROOT);
        period = period == null ? Period.YEAR : period;
    }
}
