package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The period a salary amount is paid for. */
public enum Period {
    HOUR, DAY, WEEK, MONTH, YEAR;

    private static final Words<Period> WORDS = new Words<>(Period.class, "salary period")
            .alias(HOUR, "hourly", "hr", "h", "per hour")
            .alias(DAY, "daily", "per day", "day rate")
            .alias(WEEK, "weekly", "wk")
            .alias(MONTH, "monthly", "mo", "mth", "per month")
            .alias(YEAR, "yearly", "annual", "annually", "yr", "per year", "annum", "pa");

    /** Reads "yearly", "per month", "HOUR" and the like. */
    @JsonCreator
    public static Period parse(String text) {
        return WORDS.parse(text);
    }
}
