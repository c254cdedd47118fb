package dev.rolefit.engine.facts;

/** Data: a country from countries.csv, and whether it is in the EU/EEA labour market. */
public record Country(String code, String name, boolean europeanUnion) {
}
