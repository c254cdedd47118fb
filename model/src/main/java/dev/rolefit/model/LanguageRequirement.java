package dev.rolefit.model;

/**
 * A language a vacancy asks for.
 *
 * @param language         an ISO 639-1 code such as "nl"
 * @param minFluency       below this the candidate is knocked out
 * @param preferredFluency below this (but at least the minimum) costs a little; null when none
 */
public record LanguageRequirement(String language, Fluency minFluency, Fluency preferredFluency) {
    public LanguageRequirement {
        language = Languages.code(language);
        if (minFluency == null) {
            minFluency = Fluency.PROFESSIONAL;
        }
        if (preferredFluency != null && preferredFluency.compareTo(minFluency) < 0) {
            throw new IllegalArgumentException("preferredFluency " + preferredFluency
                    + " is below minFluency " + minFluency + " for language '" + language + "'");
        }
    }
}
