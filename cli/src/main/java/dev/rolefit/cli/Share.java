package dev.rolefit.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share {@code part} of {@code whole}, kept as counts so that comparisons are exact and rounding
 * happens once, when a number is shown: rates to one decimal of a percent, ratios to two decimals,
 * half up (as the DCWP bias-audit examples print them).
 *
 * @param part  how many of the whole (selected, scoring above the median, removed …)
 * @param whole how many there are; 0 makes every rate and ratio undefined (null)
 */
record Share(long part, long whole) implements Comparable<Share> {
    /** The four-fifths rule: an impact ratio under 4/5 is evidence of adverse impact. */
    static final BigDecimal FOUR_FIFTHS = new BigDecimal("0.80");

    Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("share " + part + " of " + whole + " is not a share");
        }
    }

    /** The rate as a percent to one decimal, e.g. 54.3; null when the whole is 0. */
    BigDecimal percent() {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** This rate ÷ the reference rate, to two decimals; null when either rate is undefined or the reference is 0. */
    BigDecimal ratioTo(Share reference) {
        if (whole == 0 || reference.whole == 0 || reference.part == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * reference.whole)
                .divide(BigDecimal.valueOf(whole * reference.part), 2, RoundingMode.HALF_UP);
    }

    /** Whether this rate ÷ the reference rate is below 0.8, computed exactly from the counts (not from the rounded ratio). */
    boolean belowFourFifthsOf(Share reference) {
        if (whole == 0 || reference.whole == 0 || reference.part == 0) {
            return false;
        }
        return 5 * part * reference.whole < 4 * reference.part * whole;
    }

    /** Orders by rate, exactly; an undefined rate (whole 0) is lowest. */
    @Override
    public int compareTo(Share other) {
        if (whole == 0 || other.whole == 0) {
            return Boolean.compare(whole != 0, other.whole != 0);
        }
        return Long.compare(part * other.whole, other.part * whole);
    }

    /** "54.3%", or "—" when undefined. */
    static String percentText(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    /** "0.82", or "—" when undefined. */
    static String ratioText(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.toPlainString();
    }
}
