package dev.rolefit.engine.facts;

import dev.rolefit.model.Seniority;

/** Derived in the profile stage: the profile's rung, and why. */
public record SeniorityDecided(Seniority level, String because) {
}
