package dev.rolefit.engine.facts;

/**
 * Profile stage: a skill of the profile being read (candidate or vacancy), by canonical name, with
 * how strongly it shows (listed skills 1, skills only named in text less).
 */
public record ProfileSkill(String skill, double weight) {
}
