package dev.rolefit.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** location.drl: city, commuting region, relocation, remote work. The baseline vacancy is hybrid in Brussels. */
class LocationRulesTest extends RulesTestBase {

    private static void livesIn(ObjectNode c, String city, String country) {
        c.putObject("location").put("city", city).put("countryCode", country);
    }

    @Test
    void sameCity_fitsFully() {
        assertMessage(score(candidate(), vacancy()), "Lives in the vacancy's city", "Brussels");
    }

    @Test
    void leuvenForABrusselsJob_isWithinCommutingReach() {
        Match m = score(candidate(c -> livesIn(c, "Leuven", "BE")), vacancy());

        assertMessage(m, "Lives within commuting reach", "Leuven", "Brussels");
        assertSilent(m, "Out of reach and not relocating");
    }

    @Test
    void madridForABrusselsHybridJob_withoutRelocation_isKnockedOut() {
        Match m = score(candidate(c -> livesIn(c, "Madrid", "ES")), vacancy());

        assertKnockout(m, "Out of reach and not relocating");
        assertMessage(m, "Out of reach and not relocating", "Madrid", "hybrid", "will not relocate");
    }

    @Test
    void madridForABrusselsJob_willingToRelocate_isWorkable() {
        Match m = score(candidate(c -> {
            livesIn(c, "Madrid", "ES");
            c.put("willingToRelocate", true);
        }), vacancy());

        assertFired(m, "Would relocate to the vacancy");
        assertNotEquals(dev.rolefit.model.Verdict.REJECTED, m.verdict());
    }

    @Test
    void remoteVacancy_isOpenAcrossTheEu() {
        Match m = score(candidate(c -> livesIn(c, "Madrid", "ES")), vacancy(v -> v.put("remotePolicy", "REMOTE")));

        assertFired(m, "Remote vacancy open to a candidate in the EU");
        assertSilent(m, "Out of reach and not relocating");
    }

    @Test
    void remoteVacancy_forACandidateOutsideTheEu_earnsLittle() {
        Match m = score(candidate(c -> livesIn(c, "London", "GB")), vacancy(v -> v.put("remotePolicy", "REMOTE")));

        assertFired(m, "Remote vacancy, candidate outside the EU");
        assertTrue(m.categoryScores().get("LOCATION") < 0.5);
    }

    @Test
    void remotePolicy_againstTheCandidatesWish() {
        Match same = score(candidate(), vacancy());
        Match freer = score(candidate(), vacancy(v -> v.put("remotePolicy", "REMOTE")));
        Match stricter = score(candidate(), vacancy(v -> v.put("remotePolicy", "ONSITE")));

        assertFired(same, "Remote policy is what the candidate wants");
        assertFired(freer, "Remote policy is more flexible than the candidate asks");
        assertMessage(stricter, "Remote policy is stricter than the candidate asks", "on-site", "hybrid");
    }
}
