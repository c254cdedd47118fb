package dev.rolefit.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The documents of a retrieved pool with the best estimates, best first, ties by id so that every
 * run and thread count picks the same. A pool holds thousands of documents for a list that scores
 * twenty, so only the kept ones are sorted: the others pass through a heap of primitive indexes
 * and are forgotten.
 */
final class Shortlist<T> {
    private final List<T> pool;
    private final double[] rated;
    private final Function<T, String> id;

    private Shortlist(List<T> pool, double[] rated, Function<T, String> id) {
        if (rated.length != pool.size()) {
            throw new IllegalArgumentException(rated.length + " estimates for a pool of " + pool.size());
        }
        this.pool = pool;
        this.id = id;
        this.rated = rated;
    }

    /**
     * The places in {@code pool} of the {@code limit} documents with the best estimates, best first.
     *
     * @param rated each document's estimate, by its place in the pool
     */
    static <T> int[] order(List<T> pool, int limit, double[] rated, Function<T, String> id) {
        return new Shortlist<>(pool, rated, id).order(limit);
    }

    private int[] order(int limit) {
        int keep = Math.min(limit, rated.length);
        // A heap of the best so far with the worst of them at the root, to be pushed out by a better one.
        int[] heap = new int[keep];
        int size = 0;
        for (int i = 0; i < rated.length; i++) {
            if (size < keep) {
                heap[size] = i;
                siftUp(heap, size++);
            } else if (keep > 0 && better(i, heap[0])) {
                heap[0] = i;
                siftDown(heap, size);
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = heap[i];
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : better(a, b) ? -1 : 1);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private boolean better(int a, int b) {
        int byEstimate = Double.compare(rated[a], rated[b]);
        if (byEstimate != 0) {
            return byEstimate > 0;
        }
        return id.apply(pool.get(a)).compareTo(id.apply(pool.get(b))) < 0;
    }

    private void siftUp(int[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at])) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int size) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(heap[worst], heap[child])) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
