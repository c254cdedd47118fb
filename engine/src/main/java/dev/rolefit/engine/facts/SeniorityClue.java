package dev.rolefit.engine.facts;

import dev.rolefit.model.Seniority;

/**
 * Derived in the profile stage: a hint at the profile's rung.
 *
 * @param level    the rung it points to
 * @param strength how much it weighs against other clues (the strongest decides)
 * @param because  the hint in words, e.g. "the latest title says senior"
 */
public record SeniorityClue(Seniority level, int strength, String because) {
}
