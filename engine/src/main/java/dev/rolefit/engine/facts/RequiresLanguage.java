package dev.rolefit.engine.facts;

import dev.rolefit.model.Fluency;

/**
 * A language the vacancy asks for.
 *
 * @param language         ISO 639-1 code
 * @param minFluency       the minimum
 * @param preferredFluency the preferred level, or null
 */
public record RequiresLanguage(String language, Fluency minFluency, Fluency preferredFluency) {
}
