package dev.rolefit.engine.facts;

/** Data: a city (lower case) and the commuting region it belongs to, from regions.csv. */
public record Region(String city, String countryCode, String region) {
}
