package dev.rolefit.engine.facts;

import dev.rolefit.model.EducationLevel;

/**
 * One field the candidate studied, with its relevance from education-fields.csv.
 *
 * @param field     lower case, as written, e.g. "computer science (angewandte informatik)"
 * @param known     the field of education-fields.csv it names (lower case), or null
 * @param level     the level reached in it
 * @param relevance 0–1 from the table; 0 when it names no field of the table
 */
public record StudiedField(String field, String known, EducationLevel level, double relevance) {
    /** Whether this is one of {@code fields} (lower case), as written or as the table's field it names. */
    public boolean oneOf(java.util.Collection<String> fields) {
        return fields.contains(field) || (known != null && fields.contains(known));
    }
}
