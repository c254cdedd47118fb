package dev.rolefit.engine;

import dev.rolefit.engine.facts.ProfileSkill;
import dev.rolefit.engine.facts.ProfileSubject;
import dev.rolefit.engine.facts.ProfileTitle;
import dev.rolefit.engine.facts.RoleEvidence;
import dev.rolefit.engine.facts.RoleFamily;
import dev.rolefit.engine.facts.RoleScore;
import dev.rolefit.engine.facts.RoleSignal;
import dev.rolefit.engine.facts.SeniorityDecided;
import dev.rolefit.model.Seniority;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

/**
 * Runs the profile stage of the rules (role family and seniority) for one document at a time.
 * Sessions hold the data tables permanently and are reused, one thread each; a document's facts
 * are inserted, fired and removed.
 */
final class Profiler implements AutoCloseable {
    /** Below this normalised score no family is called primary. */
    private static final double MIN_PRIMARY = 0.15;
    private static final int MAX_FIRINGS = 100_000;

    /** What the profile stage decided. */
    record Result(String family, Map<String, Double> scores, String summary, Seniority seniority,
                  String seniorityBasis) {
    }

    private final RuleBook book;
    private final BlockingQueue<KieSession> idle;
    private final List<KieSession> all = new ArrayList<>();

    Profiler(RuleBook book, int sessions) {
        this.book = book;
        this.idle = new ArrayBlockingQueue<>(sessions);
        for (int i = 0; i < sessions; i++) {
            KieSession s = book.kieBase().newKieSession();
            s.setGlobal("score", new dev.rolefit.engine.facts.Scorecard());
            s.setGlobal("reverse", new dev.rolefit.engine.facts.Scorecard());
            book.families.forEach(s::insert);
            book.signals.forEach(s::insert);
            book.seniorityWords.forEach(s::insert);
            all.add(s);
            idle.add(s);
        }
    }

    Result read(ProfileSubject subject, List<ProfileSkill> skills, List<ProfileTitle> titles) {
        KieSession session;
        try {
            session = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a profile session", e);
        }
        List<FactHandle> handles = new ArrayList<>();
        try {
            handles.add(session.insert(subject));
            skills.forEach(s -> handles.add(session.insert(s)));
            titles.forEach(t -> handles.add(session.insert(t)));
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the profile rules fired " + fired + " times for one document: a rule loops");
            }
            Map<String, Double> totals = new HashMap<>();
            Map<String, List<RoleEvidence>> evidence = new HashMap<>();
            Seniority seniority = null;
            String basis = null;
            for (Object o : session.getObjects()) {
                if (o instanceof RoleScore score) {
                    totals.put(score.family(), score.total());
                } else if (o instanceof RoleEvidence e) {
                    evidence.computeIfAbsent(e.family(), k -> new ArrayList<>()).add(e);
                } else if (o instanceof SeniorityDecided d) {
                    seniority = d.level();
                    basis = d.because();
                }
            }
            return result(totals, evidence, seniority, basis);
        } finally {
            handles.forEach(session::delete);
            session.fireAllRules(MAX_FIRINGS);
            idle.add(session);
        }
    }

    private Result result(Map<String, Double> totals, Map<String, List<RoleEvidence>> evidence,
                          Seniority seniority, String basis) {
        Map<String, Double> scores = new TreeMap<>();
        for (RoleFamily f : book.families) {
            double total = totals.getOrDefault(f.id(), 0.0);
            scores.put(f.id(), Math.round(Math.min(1.0, total / f.clearProfile()) * 100) / 100.0);
        }
        List<RoleFamily> ranked = book.families.stream()
                .sorted(Comparator.comparing((RoleFamily f) -> -totals.getOrDefault(f.id(), 0.0)).thenComparing(RoleFamily::id))
                .toList();
        RoleFamily primary = ranked.isEmpty() ? null : ranked.get(0);
        if (primary == null || scores.get(primary.id()) < MIN_PRIMARY) {
            return new Result(null, scores, "no role family shows clearly", seniority, basis);
        }
        String summary = primary.label() + ": " + strongest(evidence.get(primary.id()));
        if (ranked.size() > 1) {
            RoleFamily runnerUp = ranked.get(1);
            List<RoleEvidence> theirs = evidence.getOrDefault(runnerUp.id(), List.of());
            Set<String> shown = theirs.stream().map(RoleEvidence::signal).collect(Collectors.toSet());
            List<String> lacking = book.signals.stream()
                    .filter(s -> s.family().equals(runnerUp.id()) && s.kind().equals("skill") && !shown.contains(s.signal()))
                    .sorted(Comparator.comparing((RoleSignal s) -> -s.weight()).thenComparing(RoleSignal::signal))
                    .limit(2).map(RoleSignal::signal).toList();
            summary = primary.label() + " rather than " + runnerUp.label() + ": "
                    + strongest(evidence.get(primary.id()))
                    + (lacking.isEmpty() ? "" : "; little " + String.join(" or ", lacking));
        }
        return new Result(primary.id(), scores, summary, seniority, basis);
    }

    /** "MLOps, PyTorch and Docker; titled ml engineer": the three strongest skills and the strongest title. */
    private static String strongest(List<RoleEvidence> evidence) {
        String skills = top(evidence, "skill", 3);
        String title = top(evidence, "title", 1);
        if (title.isEmpty()) {
            return skills;
        }
        return (skills.isEmpty() ? "" : skills + "; ") + "titled " + title;
    }

    private static String top(List<RoleEvidence> evidence, String kind, int count) {
        Map<String, Double> bySignal = new LinkedHashMap<>();
        for (RoleEvidence e : evidence) {
            if (e.kind().equals(kind)) {
                bySignal.merge(e.signal(), e.weight(), Double::sum);
            }
        }
        List<String> top = bySignal.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(Map.Entry::getKey).toList();
        if (top.size() <= 1) {
            return String.join("", top);
        }
        return String.join(", ", top.subList(0, top.size() - 1)) + " and " + top.get(top.size() - 1);
    }

    @Override
    public void close() {
        all.forEach(KieSession::dispose);
    }
}
