package dev.rolefit.engine;

import dev.rolefit.engine.Reading.At;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Education;
import dev.rolefit.model.EducationLevel;
import dev.rolefit.model.EducationTrack;
import dev.rolefit.model.Experience;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.LanguageSkill;
import dev.rolefit.model.Location;
import dev.rolefit.model.SkillClaim;
import dev.rolefit.model.SkillLevel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A candidate in JSON Resume (the resume schema 1.0 and {@code @jsonresume/schema} 1.x), as the
 * native {@link Candidate}:
 *
 * <table>
 *   <caption>JSON Resume to native</caption>
 *   <tr><th>JSON Resume</th><th>native</th></tr>
 *   <tr><td>{@code id} (not in the schema; else the file name)</td><td>{@code id}</td></tr>
 *   <tr><td>{@code basics.name, email, phone}</td><td>{@code name, email, phone} (personal data: never seen by a rule)</td></tr>
 *   <tr><td>{@code basics.label, summary}</td><td>{@code headline, summary}</td></tr>
 *   <tr><td>{@code basics.location.city, countryCode} (a country name is accepted)</td><td>{@code location}</td></tr>
 *   <tr><td>{@code work[]}: {@code position, name} (1.0: {@code company}), {@code startDate, endDate},
 *       {@code summary} and {@code highlights}</td><td>{@code experience[]}: title, organization, dates,
 *       description (summary, then one line per highlight)</td></tr>
 *   <tr><td>{@code education[]}: {@code studyType} ("BSc", "Master of Science", "HBO", ...),
 *       {@code area, institution, endDate}</td><td>{@code education[]}: level and track
 *       ({@link DegreeText}), field, institution, end date. A bootcamp or course becomes a
 *       certification; an entry without studyType is skipped (its level is unknown); an unknown
 *       studyType is an error.</td></tr>
 *   <tr><td>{@code skills[]}: {@code name, level, keywords}</td><td>{@code skills[]}: the name and
 *       each keyword, all at the entry's level</td></tr>
 *   <tr><td>{@code languages[]}: {@code language, fluency} ("Native speaker", "Professional working proficiency")</td>
 *       <td>{@code languages[]}</td></tr>
 *   <tr><td>{@code certificates[].name} (and its issuer)</td><td>{@code certifications}</td></tr>
 * </table>
 *
 * <p>JSON Resume says nothing of relocation, remote work, contract types or salary: those stay unset.
 */
final class JsonResumeFormat {
    private JsonResumeFormat() {
    }

    /** Whether the document is a JSON Resume: it has {@code basics} or {@code work}, or names the resume schema. */
    static boolean matches(com.fasterxml.jackson.databind.JsonNode doc) {
        return doc.path("basics").isObject() || doc.path("work").isArray()
                || doc.path("$schema").asText("").contains("resume-schema");
    }

    /** The candidate, or null when a problem was found (each one is in {@code reading}). */
    static Candidate candidate(At doc, Reading reading) {
        At basics = doc.get("basics");
        String id = reading.text(doc.get("id"));
        String name = reading.text(basics.get("name"));
        String email = reading.text(basics.get("email"));
        String phone = reading.text(basics.get("phone"));
        String headline = reading.text(basics.get("label"));
        String summary = reading.text(basics.get("summary"));
        At place = basics.get("location");
        Location location = reading.location(place, reading.text(place.get("city")), place.get("countryCode"));

        List<Experience> experience = new ArrayList<>();
        for (At work : doc.get("work").items()) {
            Experience job = experience(work, reading);
            if (job != null) {
                experience.add(job);
            }
        }
        List<String> certifications = new ArrayList<>();
        List<Education> education = new ArrayList<>();
        for (At study : doc.get("education").items()) {
            education(study, reading, education, certifications);
        }
        for (At certificate : doc.get("certificates").items()) {
            String title = reading.textOrName(certificate);
            String issuer = certificate.node().isObject() ? reading.text(certificate.get("issuer")) : null;
            if (title != null) {
                certifications.add(issuer == null ? title : title + " (" + issuer + ")");
            }
        }
        List<SkillClaim> skills = skills(doc.get("skills"), reading);
        List<LanguageSkill> languages = new ArrayList<>();
        for (At language : doc.get("languages").items()) {
            String written = reading.text(language.get("language"));
            String fluency = reading.text(language.get("fluency"));
            if (written == null) {
                reading.problem(language.get("language"), "language is missing");
                continue;
            }
            if (fluency == null) {
                reading.problem(language, "fluency for language '" + written + "' is missing");
                continue;
            }
            Fluency level = reading.attempt(language.get("fluency"), () -> Fluency.parse(fluency));
            LanguageSkill skill = level == null ? null
                    : reading.attempt(language.get("language"), () -> new LanguageSkill(written, level));
            if (skill != null) {
                languages.add(skill);
            }
        }
        if (!reading.ok()) {
            return null;
        }
        String finalId = id != null ? id : reading.fallbackId();
        return reading.attempt(doc, () -> new Candidate(finalId, name, email, phone, headline, summary, location,
                null, null, null, null, education, experience, skills, languages, certifications, Map.of()));
    }

    private static Experience experience(At work, Reading reading) {
        String title = reading.text(work.get("position"));
        String organization = reading.text(work.get("name"));
        if (organization == null) {
            organization = reading.text(work.get("company"));
        }
        YearMonth start = reading.date(work.get("startDate"));
        YearMonth end = reading.date(work.get("endDate"));
        StringBuilder description = new StringBuilder();
        String summary = reading.text(work.get("summary"));
        if (summary != null) {
            description.append(summary);
        }
        for (String highlight : reading.texts(work.get("highlights"))) {
            description.append(description.isEmpty() ? "" : "\n").append("- ").append(highlight);
        }
        String org = organization;
        return reading.attempt(work, () -> new Experience(title, org, start, end, description.toString(), List.of()));
    }

    private static void education(At study, Reading reading, List<Education> education, List<String> certifications) {
        String studyType = reading.text(study.get("studyType"));
        String area = reading.text(study.get("area"));
        String institution = reading.text(study.get("institution"));
        YearMonth end = reading.date(study.get("endDate"));
        if (studyType == null) {
            return; // the level is unknown: not stated, rather than a guess
        }
        DegreeText.Degree degree;
        try {
            degree = DegreeText.studyType(studyType);
        } catch (IllegalArgumentException e) {
            reading.problem(study.get("studyType"), e.getMessage());
            return;
        }
        if (degree == null) {
            certifications.add(Stream.of(area, studyType).filter(Objects::nonNull).collect(Collectors.joining(" "))
                    + (institution == null ? "" : " (" + institution + ")"));
            return;
        }
        EducationTrack track = degree.track();
        if (track == null && degree.level().compareTo(EducationLevel.VOCATIONAL) >= 0) {
            track = DegreeText.institutionTrack(institution);
        }
        EducationTrack finalTrack = track;
        Education entry = reading.attempt(study, () -> new Education(degree.level(), finalTrack, area, institution, end));
        if (entry != null) {
            education.add(entry);
        }
    }

    /** The name and every keyword of each entry, at the entry's level; the first mention of a name wins. */
    private static List<SkillClaim> skills(At skills, Reading reading) {
        Map<String, SkillClaim> claims = new LinkedHashMap<>();
        for (At skill : skills.items()) {
            if (!skill.node().isObject()) {
                String name = reading.text(skill);
                if (name != null) {
                    claims.putIfAbsent(name.toLowerCase(Locale.ROOT), SkillClaim.named(name));
                }
                continue;
            }
            String levelText = reading.text(skill.get("level"));
            SkillLevel level = levelText == null ? null : reading.attempt(skill.get("level"), () -> SkillLevel.parse(levelText));
            List<String> names = new ArrayList<>();
            String name = reading.text(skill.get("name"));
            if (name != null) {
                names.add(name);
            }
            names.addAll(reading.texts(skill.get("keywords")));
            for (String n : names) {
                claims.putIfAbsent(n.toLowerCase(Locale.ROOT), new SkillClaim(n, level, null));
            }
        }
        return List.copyOf(claims.values());
    }
}
