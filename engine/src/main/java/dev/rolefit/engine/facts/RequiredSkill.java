package dev.rolefit.engine.facts;

/** A skill the vacancy requires, by canonical taxonomy name. */
public record RequiredSkill(String skill) {
}
