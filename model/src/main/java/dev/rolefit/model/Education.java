package dev.rolefit.model;

import java.time.YearMonth;

/**
 * One completed (or ongoing) education.
 *
 * @param level       the EQF-aligned level
 * @param track       applied (HBO) or academic (WO); null when it does not apply
 * @param field       the field of study, e.g. "Computer Science"
 * @param institution where, e.g. "KU Leuven"
 * @param endDate     when it ended (or will end); null when unknown
 */
public record Education(EducationLevel level, EducationTrack track, String field, String institution,
                        YearMonth endDate) {
    public Education {
        if (level == null) {
            throw new IllegalArgumentException("education level is missing");
        }
        field = Text.blankToNull(field);
        institution = Text.blankToNull(institution);
    }
}
