package dev.rolefit.engine.facts;

import dev.rolefit.model.EducationLevel;

/**
 * One field the candidate studied, with its relevance from education-fields.csv.
 *
 * @param field     lower case, e.g. "computer science"
 * @param level     the level reached in it
 * @param relevance 0–1; 0 when the field is not in the table
 */
public record StudiedField(String field, EducationLevel level, double relevance) {
}
