package dev.rolefit.engine;

import dev.rolefit.engine.facts.CandidateFacts;
import dev.rolefit.engine.facts.RequiresLanguage;
import dev.rolefit.engine.facts.SpeaksLanguage;
import dev.rolefit.engine.facts.VacancyFacts;
import dev.rolefit.model.EmploymentType;
import dev.rolefit.model.Fluency;
import dev.rolefit.model.RemotePolicy;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets retrieval skip the pairs that a knockout rule would certainly reject, so that the rules
 * spend their time on pairs that can make a list. A rejected pair never appears in a list that
 * leaves rejected pairs out, so skipping it changes no list; when a list keeps rejected pairs
 * (or in exhaustive mode) nothing is skipped.
 *
 * <p>Each filter restates the condition of one knockout rule in {@code rules/}, over the same
 * facts the rule reads, and is used only while the rule book holds a rule of that name: an analyst
 * who renames or removes the rule switches its filter off. One who changes the rule's condition
 * must change the filter with it; {@code KnockoutFilterTest} fails when a filter skips a pair its
 * rule does not reject. The education knockout has no filter: its exceptions (experience and
 * expertise in place of a degree) are not worth restating.
 */
final class KnockoutFilter {
    static final String EMPLOYMENT_RULE = "Does not accept the vacancy's employment type";
    static final String LANGUAGE_MISSING_RULE = "Does not speak a required language";
    static final String LANGUAGE_BELOW_RULE = "Required language below the minimum";
    static final String LOCATION_RULE = "Out of reach and not relocating";
    static final String SALARY_RULE = "Salary expectation far above the band";
    static final String SENIORITY_RULE = "Far too junior for the vacancy";
    /** As in the salary rule: more than 20% above the band's top. */
    private static final double SALARY_KNOCKOUT_FACTOR = 1.20;
    /** As in the seniority rule: three or more rungs below. */
    private static final int SENIORITY_KNOCKOUT_STEPS = 3;

    // Fields of a vacancy's document, read by a candidate's query.
    private static final String V_TYPE = "ko.type";
    private static final String V_NEEDS = "ko.needs";
    private static final String V_ONSITE = "ko.onsite";
    private static final String V_CITY = "ko.city";
    private static final String V_REGION = "ko.region";
    private static final String V_SALARY_CAP = "ko.salaryCap";
    private static final String V_SENIORITY = "ko.seniority";
    // Fields of a candidate's document, read by a vacancy's query.
    private static final String C_SAYS_TYPES = "ko.saysTypes";
    private static final String C_ACCEPTS = "ko.accepts";
    private static final String C_SPEAKS = "ko.speaks";
    private static final String C_STAYS = "ko.stays";
    private static final String C_CITY = "ko.city";
    private static final String C_REGION = "ko.region";
    private static final String C_EXPECTS = "ko.expects";
    private static final String C_SENIORITY = "ko.seniority";
    private static final String YES = "yes";

    private final boolean employment;
    private final boolean languageMissing;
    private final boolean languageBelow;
    private final boolean location;
    private final boolean salary;
    private final boolean seniority;

    private KnockoutFilter(Set<String> rules) {
        employment = rules.contains(EMPLOYMENT_RULE);
        languageMissing = rules.contains(LANGUAGE_MISSING_RULE);
        languageBelow = rules.contains(LANGUAGE_BELOW_RULE);
        location = rules.contains(LOCATION_RULE);
        salary = rules.contains(SALARY_RULE);
        seniority = rules.contains(SENIORITY_RULE);
    }

    /** The filters whose knockout rules this rule book holds. */
    static KnockoutFilter of(RuleBook book) {
        return new KnockoutFilter(Set.copyOf(book.ruleNames()));
    }

    /** The fields every filter needs in a candidate's document; indexed whatever the rules. */
    static List<IndexableField> fields(Prepared.Candidate c) {
        CandidateFacts f = c.facts();
        List<IndexableField> fields = new ArrayList<>();
        if (f.saysEmploymentTypes()) {
            fields.add(flag(C_SAYS_TYPES));
            f.employmentTypes().forEach(t -> fields.add(term(C_ACCEPTS, t.name())));
        }
        for (Object side : c.sideFacts()) {
            if (side instanceof SpeaksLanguage l) {
                // Every level the candidate reaches, so that "at least B2" is one term.
                for (Fluency level : Fluency.values()) {
                    if (l.fluency().atLeast(level)) {
                        fields.add(term(C_SPEAKS, l.language() + ":" + level.name()));
                    }
                }
            }
        }
        if (!f.willingToRelocate() && f.city() != null) {
            fields.add(flag(C_STAYS));
            fields.add(term(C_CITY, f.city()));
            if (f.region() != null) {
                fields.add(term(C_REGION, f.region()));
            }
        }
        if (f.salaryExpectation() != null) {
            fields.add(new DoublePoint(C_EXPECTS, f.salaryExpectation()));
        }
        if (f.seniority() != null) {
            fields.add(new IntPoint(C_SENIORITY, f.seniority().ordinal()));
        }
        return fields;
    }

    /** The fields every filter needs in a vacancy's document; indexed whatever the rules. */
    static List<IndexableField> fields(Prepared.Vacancy v) {
        VacancyFacts f = v.facts();
        List<IndexableField> fields = new ArrayList<>();
        if (f.employmentType() != null) {
            fields.add(term(V_TYPE, f.employmentType().name()));
        }
        for (Object side : v.sideFacts()) {
            if (side instanceof RequiresLanguage l) {
                fields.add(term(V_NEEDS, l.language() + ":" + l.minFluency().name()));
            }
        }
        if (f.remotePolicy() != RemotePolicy.REMOTE && f.city() != null) {
            fields.add(flag(V_ONSITE));
            fields.add(term(V_CITY, f.city()));
            if (f.region() != null) {
                fields.add(term(V_REGION, f.region()));
            }
        }
        if (f.hasSalaryBand()) {
            fields.add(new DoublePoint(V_SALARY_CAP, f.salaryTop() * SALARY_KNOCKOUT_FACTOR));
        }
        if (f.seniority() != null) {
            fields.add(new IntPoint(V_SENIORITY, f.seniority().ordinal()));
        }
        return fields;
    }

    /**
     * Adds to a query for vacancies the clauses that leave out those the candidate would be
     * knocked out of.
     *
     * @param vacancies the vacancy index's reader, for the language requirements it holds
     */
    void excludeVacancies(BooleanQuery.Builder query, Prepared.Candidate c, IndexReader vacancies) throws IOException {
        CandidateFacts f = c.facts();
        if (employment && f.saysEmploymentTypes()) {
            for (EmploymentType type : EmploymentType.values()) {
                if (!f.employmentTypes().contains(type)) {
                    query.add(new TermQuery(new Term(V_TYPE, type.name())), Occur.MUST_NOT);
                }
            }
        }
        if (languageMissing || languageBelow) {
            Map<String, Fluency> speaks = new HashMap<>();
            for (Object side : c.sideFacts()) {
                if (side instanceof SpeaksLanguage l) {
                    speaks.put(l.language(), l.fluency());
                }
            }
            Terms needs = MultiTerms.getTerms(vacancies, V_NEEDS);
            if (needs != null) {
                TermsEnum each = needs.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    String need = term.utf8ToString();
                    int colon = need.lastIndexOf(':');
                    Fluency own = speaks.get(need.substring(0, colon));
                    boolean knockedOut = own == null ? languageMissing
                            : languageBelow && !own.atLeast(Fluency.valueOf(need.substring(colon + 1)));
                    if (knockedOut) {
                        query.add(new TermQuery(new Term(V_NEEDS, BytesRef.deepCopyOf(term))), Occur.MUST_NOT);
                    }
                }
            }
        }
        if (location && !f.willingToRelocate() && f.city() != null) {
            query.add(outOfReach(V_ONSITE, V_CITY, f.city(), V_REGION, f.region()), Occur.MUST_NOT);
        }
        if (salary && f.salaryExpectation() != null) {
            query.add(DoublePoint.newRangeQuery(V_SALARY_CAP, Double.NEGATIVE_INFINITY,
                    Math.nextDown(f.salaryExpectation())), Occur.MUST_NOT);
        }
        if (seniority && f.seniority() != null) {
            query.add(IntPoint.newRangeQuery(V_SENIORITY, f.seniority().ordinal() + SENIORITY_KNOCKOUT_STEPS,
                    Integer.MAX_VALUE), Occur.MUST_NOT);
        }
    }

    /** Adds to a query for candidates the clauses that leave out those the vacancy would knock out. */
    void excludeCandidates(BooleanQuery.Builder query, Prepared.Vacancy v) {
        VacancyFacts f = v.facts();
        if (employment && f.employmentType() != null) {
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(C_SAYS_TYPES, YES)), Occur.FILTER)
                    .add(new TermQuery(new Term(C_ACCEPTS, f.employmentType().name())), Occur.MUST_NOT)
                    .build(), Occur.MUST_NOT);
        }
        for (Object side : v.sideFacts()) {
            if (side instanceof RequiresLanguage l) {
                Query atLevel = new TermQuery(new Term(C_SPEAKS, l.language() + ":" + l.minFluency().name()));
                if (languageMissing && languageBelow) {
                    query.add(atLevel, Occur.FILTER);
                } else if (languageBelow) {
                    // Not speaking it at all is no longer a knockout: skip only those who speak it too little.
                    query.add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(C_SPEAKS, l.language() + ":" + Fluency.values()[0].name())),
                                    Occur.FILTER)
                            .add(atLevel, Occur.MUST_NOT).build(), Occur.MUST_NOT);
                } else if (languageMissing) {
                    query.add(new TermQuery(new Term(C_SPEAKS, l.language() + ":" + Fluency.values()[0].name())),
                            Occur.FILTER);
                }
            }
        }
        if (location && f.remotePolicy() != RemotePolicy.REMOTE && f.city() != null) {
            query.add(outOfReach(C_STAYS, C_CITY, f.city(), C_REGION, f.region()), Occur.MUST_NOT);
        }
        if (salary && f.hasSalaryBand()) {
            double cap = f.salaryTop() * SALARY_KNOCKOUT_FACTOR;
            query.add(DoublePoint.newRangeQuery(C_EXPECTS, Math.nextUp(cap), Double.POSITIVE_INFINITY), Occur.MUST_NOT);
        }
        if (seniority && f.seniority() != null) {
            query.add(IntPoint.newRangeQuery(C_SENIORITY, Integer.MIN_VALUE,
                    f.seniority().ordinal() - SENIORITY_KNOCKOUT_STEPS), Occur.MUST_NOT);
        }
    }

    /**
     * The knockout rule a filter says rejects this pair, if any: the same decision as the query
     * clauses, for tests that hold the filters to their rules.
     */
    Optional<String> rejects(Prepared.Candidate c, Prepared.Vacancy v) {
        CandidateFacts cf = c.facts();
        VacancyFacts vf = v.facts();
        if (employment && vf.employmentType() != null && cf.saysEmploymentTypes()
                && !cf.employmentTypes().contains(vf.employmentType())) {
            return Optional.of(EMPLOYMENT_RULE);
        }
        Map<String, Fluency> speaks = new HashMap<>();
        for (Object side : c.sideFacts()) {
            if (side instanceof SpeaksLanguage l) {
                speaks.put(l.language(), l.fluency());
            }
        }
        for (Object side : v.sideFacts()) {
            if (side instanceof RequiresLanguage l) {
                Fluency own = speaks.get(l.language());
                if (own == null && languageMissing) {
                    return Optional.of(LANGUAGE_MISSING_RULE);
                }
                if (own != null && languageBelow && !own.atLeast(l.minFluency())) {
                    return Optional.of(LANGUAGE_BELOW_RULE);
                }
            }
        }
        if (location && vf.remotePolicy() != RemotePolicy.REMOTE && vf.city() != null && !cf.willingToRelocate()
                && cf.city() != null && !cf.city().equals(vf.city())
                && (cf.region() == null || !cf.region().equals(vf.region()))) {
            return Optional.of(LOCATION_RULE);
        }
        if (salary && vf.hasSalaryBand() && cf.salaryExpectation() != null
                && cf.salaryExpectation() > vf.salaryTop() * SALARY_KNOCKOUT_FACTOR) {
            return Optional.of(SALARY_RULE);
        }
        if (seniority && vf.seniority() != null && cf.seniority() != null
                && cf.seniority().stepsTo(vf.seniority()) >= SENIORITY_KNOCKOUT_STEPS) {
            return Optional.of(SENIORITY_RULE);
        }
        return Optional.empty();
    }

    /**
     * The other side's documents flagged as bound to their place ({@code bound}: an on-site vacancy,
     * a candidate who will not move) in another city and not in this city's commuting region.
     */
    private static Query outOfReach(String bound, String cityField, String city, String regionField, String region) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(bound, YES)), Occur.FILTER)
                .add(new TermQuery(new Term(cityField, city)), Occur.MUST_NOT);
        if (region != null) {
            query.add(new TermQuery(new Term(regionField, region)), Occur.MUST_NOT);
        }
        return query.build();
    }

    private static IndexableField flag(String field) {
        return new StringField(field, YES, Field.Store.NO);
    }

    private static IndexableField term(String field, String value) {
        return new StringField(field, value, Field.Store.NO);
    }
}
