package dev.rolefit.engine.facts;

/**
 * Profile stage: a title of the profile being read (a candidate's headline and job titles, a
 * vacancy's title), lower case and padded with spaces, with how strongly it counts (recent and long
 * positions more).
 */
public record ProfileTitle(String text, double weight, boolean latest) {
}
