package dev.rolefit.model;

import java.util.Locale;

/**
 * A place: a city and an ISO 3166-1 alpha-2 country code. Either may be missing, not both.
 *
 * @param city        the city as written, e.g. "Brussels"
 * @param countryCode two letters, stored upper case, e.g. "BE"
 */
public record Location(String city, String countryCode) {
    public Location {
        city = Text.blankToNull(city);
        countryCode = Text.blankToNull(countryCode);
        if (city == null && countryCode == null) {
            throw new IllegalArgumentException("location has neither city nor countryCode");
        }
        if (countryCode != null) {
            if (!countryCode.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException(
                        "countryCode '" + countryCode + "' is not a two-letter ISO 3166 code such as BE or NL");
            }
            countryCode = countryCode.toUpperCase(Locale.ROOT);
        }
    }
}
