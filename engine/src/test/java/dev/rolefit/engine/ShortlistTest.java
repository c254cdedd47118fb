package dev.rolefit.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shortlist keeps what sorting the whole pool by estimate (ties by id) would put first. */
class ShortlistTest {

    @ParameterizedTest(name = "{0} documents, best {1}, {2} distinct estimates")
    @CsvSource({"0, 20, 5", "5, 20, 5", "20, 20, 3", "1000, 20, 7", "1000, 20, 1000", "3000, 1, 4", "300, 300, 10",
            "300, 0, 10"})
    void keepsWhatAFullSortPutsFirst(int documents, int limit, int distinct) {
        // given a pool with estimates drawn from a few values, so that ties are common
        Random random = new Random(documents * 31L + limit);
        List<String> pool = new ArrayList<>();
        Map<String, Double> estimate = new HashMap<>();
        for (int i = 0; i < documents; i++) {
            String id = String.format("doc-%05d", random.nextInt(1_000_000)) + "-" + i;
            pool.add(id);
            estimate.put(id, (double) random.nextInt(distinct));
        }
        // when the best are short-listed
        double[] rated = pool.stream().mapToDouble(estimate::get).toArray();
        List<String> best = java.util.Arrays.stream(Shortlist.order(pool, limit, rated, id -> id)).mapToObj(pool::get).toList();
        // then they are the first of the fully sorted pool, in its order
        List<String> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparing((String id) -> -estimate.get(id)).thenComparing(id -> id));
        assertEquals(sorted.subList(0, Math.min(limit, documents)), best);
    }
}
