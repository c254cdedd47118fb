package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rolefit.engine.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The changes that move a candidate into a vacancy's top k, on a pool whose order is plain by
 * construction. The vacancy requires Python, PyTorch, MLOps and Terraform; every candidate is the
 * baseline ML engineer of {@link Fixtures} (who lacks Terraform), changed in one respect:
 * <pre>
 * cand-a  + Terraform                  all four required skills     rank 1
 * cand-b  as is                        three of four                rank 2 (ties cand-s, wins on id)
 * cand-s  as is: the subject           three of four                rank 3
 * cand-z  lives in Madrid, stays there knocked out                  rank 4
 * </pre>
 * For the top 2, cand-s must overtake cand-b: adding Terraform makes cand-s cand-a's equal in
 * every fact but the id, so cand-s comes 2nd (cand-a wins the tie on id), with cand-a's score.
 * For the top 1 no change of one or two facts is enough: the best cand-s can do is tie cand-a
 * and lose on id.
 *
 * <p>The numbers by hand: every category but SKILLS is full (25 + 8 + 10 + 10 + 4 + 4 + 4 = 65 of
 * the 100 weight). SKILLS (weight 35) has 18 possible points; the baseline earns 13.8 of them, so
 * 100 × (65 + 35 × 13.8 ÷ 18) ÷ 100 = 91.8. Terraform at intermediate level earns 3 × 0.8 = 2.4
 * more (a required skill is worth 3, intermediate level credits 0.8): 16.2 ÷ 18 = 0.9, and
 * 65 + 35 × 0.9 = 96.5.
 */
class CounterfactualsTopKTest {
    private static final String TERRAFORM_SKILL = "Terraform";
    private static MatchEngine engine;
    private static final Vacancy VACANCY = Fixtures.vacancy(v -> v.putArray("requiredSkills")
            .add("Python").add("PyTorch").add("MLOps").add(TERRAFORM_SKILL));
    private static final Candidate A = Fixtures.candidate(c -> {
        c.put("id", "cand-a");
        c.withArray("skills").addObject().put("name", TERRAFORM_SKILL).put("level", "INTERMEDIATE");
    });
    private static final Candidate B = Fixtures.candidate(c -> c.put("id", "cand-b"));
    private static final Candidate S = Fixtures.candidate(c -> c.put("id", "cand-s"));
    private static final Candidate Z = Fixtures.candidate(c -> {
        c.put("id", "cand-z");
        c.putObject("location").put("city", "Madrid").put("countryCode", "ES");
    });
    private static final List<Candidate> POOL = List.of(A, B, S, Z);

    @BeforeAll
    static void engine() throws Exception {
        engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(AS_OF).threads(1).build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void top2_addingTheMissingRequiredSkill_overtakesTheSecondBest() {
        double a = engine.score(A, VACANCY).score();
        double b = engine.score(B, VACANCY).score();

        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, S, VACANCY, POOL, 2);

        assertAll(
                () -> assertEquals(96.5, a),
                () -> assertEquals(91.8, b),
                () -> assertEquals(4, found.poolSize()),
                () -> assertEquals(3, found.rankBefore(), "ties cand-b and loses on id"),
                () -> assertFalse(found.inTopK()),
                () -> assertEquals("cand-b", found.kthOther().candidateId()),
                () -> assertEquals(b, found.kthOther().score()),
                () -> assertEquals(b, found.before().score(), "cand-s and cand-b are the same facts"),
                () -> assertEquals(List.of(List.of("Add the skill Terraform")),
                        found.moves().stream().map(Counterfactuals.Move::changes).toList(), "the only change that does it"),
                () -> assertEquals(a, found.moves().get(0).score(), "cand-a's score: the same facts"),
                () -> assertEquals(2, found.moves().get(0).rank(), "ties cand-a and loses on id"));
    }

    @Test
    void top1_noChangeOfOneOrTwoFactsIsEnough() {
        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, S, VACANCY, POOL, 1);
        assertAll(
                () -> assertEquals("cand-a", found.kthOther().candidateId()),
                () -> assertTrue(found.moves().isEmpty(), found.moves().toString()));
    }

    @Test
    void alreadyInTheTopK_needsNoMove() {
        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, S, VACANCY, POOL, 3);
        assertAll(
                () -> assertTrue(found.inTopK()),
                () -> assertEquals(3, found.rankBefore()),
                () -> assertTrue(found.moves().isEmpty()));
    }

    @Test
    void knockedOutCandidate_isNotInTheTopK_evenWhenThePoolIsSmall() {
        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, Z, VACANCY, List.of(B), 2);
        assertAll(
                () -> assertEquals(Verdict.REJECTED, found.before().verdict()),
                () -> assertEquals(2, found.rankBefore()),
                () -> assertNull(found.kthOther(), "one other candidate, top 2"),
                () -> assertFalse(found.inTopK(), "a rejected candidate is never selected"),
                () -> assertTrue(found.moves().stream().anyMatch(m -> m.changes().equals(List.of("Be willing to relocate"))),
                        found.moves().toString()),
                () -> assertTrue(found.moves().stream().allMatch(m -> m.changes().size() == 1), "single changes first"));
    }

    @Test
    void theCandidateInThePool_isLeftOutOfTheOthersById() {
        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, S, VACANCY, List.of(S, S), 1);
        assertAll(
                () -> assertEquals(1, found.poolSize()),
                () -> assertTrue(found.inTopK()));
    }

    @Test
    void protectedAttributes_areNeverAChange_evenWhenTheDocumentHasThem() {
        Candidate withAttributes = Fixtures.candidate(c -> c.put("id", "cand-s").put("gender", "F")
                .put("nationality", "BE").put("birthDate", "1990-01-01"));
        Counterfactuals.TopK found = Counterfactuals.intoTopK(engine, withAttributes, VACANCY, POOL, 2);
        assertAll(
                () -> assertEquals(List.of(List.of("Add the skill Terraform")),
                        found.moves().stream().map(Counterfactuals.Move::changes).toList()),
                () -> assertTrue(found.moves().stream().flatMap(m -> m.changes().stream())
                        .noneMatch(c -> c.matches("(?i).*(gender|nationality|birth|age|sex|ethnic).*")), found.moves().toString()));
    }

    @Test
    void kBelowOne_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Counterfactuals.intoTopK(engine, S, VACANCY, POOL, 0));
    }
}
