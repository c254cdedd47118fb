package dev.rolefit.model;

import java.time.YearMonth;
import java.util.List;

/**
 * One position held.
 *
 * @param title        the job title as written, e.g. "Senior ML Engineer"
 * @param organization the employer
 * @param startDate    when it started; null when unknown (the entry then counts for no years)
 * @param endDate      when it ended; null means it is the current position
 * @param description  free text; skills named in it are found by the engine
 * @param skills       skills used in this position, as written
 */
public record Experience(String title, String organization, YearMonth startDate, YearMonth endDate,
                         String description, List<String> skills) {
    public Experience {
        title = Text.blankToNull(title);
        organization = Text.blankToNull(organization);
        description = Text.blankToNull(description);
        skills = Text.list(skills);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "experience ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }
}
