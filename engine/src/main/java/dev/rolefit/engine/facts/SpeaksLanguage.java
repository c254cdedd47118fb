package dev.rolefit.engine.facts;

import dev.rolefit.model.Fluency;

/** A language the candidate speaks, by ISO 639-1 code. */
public record SpeaksLanguage(String language, Fluency fluency) {
}
