package dev.rolefit.model;


/**
 * A language someone speaks.
 *
 * @param language an ISO 639-1 code such as "en" or "nl" (stored lower case)
 * @param fluency  how well
 */
public record LanguageSkill(String language, Fluency fluency) {
    public LanguageSkill {
        language = Languages.code(language);
        if (fluency == null) {
            throw new IllegalArgumentException("fluency for language '" + language + "' is missing");
        }
    }
}
