package dev.rolefit.engine.facts;

/** A skill the vacancy would like, by canonical taxonomy name. */
public record PreferredSkill(String skill) {
}
