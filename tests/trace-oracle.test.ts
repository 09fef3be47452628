import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnyObservation,
  compareGrades,
  evidenceWeight,
  extendKnowledgeBase,
  type Explanation,
  groupsOf,
  type KnowledgeBase,
  knowledgeBase,
  type Link,
  stateKey,
  traceBack,
} from "../src";
import { ConditionSchema, ReliefSchema, SensationSchema } from "../src/schemas";
import { runs } from "./helpers/runs";

type Observation = AnyObservation;

/**
 * traceBack as documented, by brute force: every simple path that ends with a link whose
 * symptoms match, met depth-first in data order; per observation and state the best (highest
 * score, then fewest links, then first met); the ranking of {@link Explanation}. Exponential, so
 * only for small graphs: it is what the bounded search must reproduce.
 */
function exhaustive(observations: readonly Observation[], kb: KnowledgeBase = knowledgeBase, maxDepth = 8) {
  const incoming = new Map<string, Link[]>();
  for (const link of kb.links) incoming.set(stateKey(link.to), [...(incoming.get(stateKey(link.to)) ?? []), link]);
  const ancestors = (id: string): Set<string> => {
    const found = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop();
      for (const group of kb.structures.find((s) => s.id === at)?.groups ?? []) {
        if (!found.has(group)) stack.push((found.add(group), group));
      }
    }
    return found;
  };
  const related = (a: string, b: string): number => (a === b ? 1 : ancestors(a).has(b) || ancestors(b).has(a) ? 0.6 : 0);
  const best = new Map<string, Map<number, { score: number; links: Link[] }>>(); // `${state}@${side}` → observation → path
  observations.forEach((o, index) => {
    const distrust = (o.notRelievedBy ?? []).some((r) => r === "stretching" || r === "foam-rolling" || r === "massage");
    for (const last of kb.links) {
      const match = Math.max(0, ...last.symptoms.filter((s) => s.sensations.includes(o.sensation)).map((s) => related(s.structure, o.structure)));
      if (match === 0 || stateKey(last.from) === stateKey(last.to)) continue;
      const walk = (links: Link[], seen: Set<string>): void => {
        const start = links[0]!.from;
        if ("structure" in start) {
          const evidence = links.reduce((acc, link) => acc * evidenceWeight(link), 1) ** (1 / links.length);
          const substitution = links.some((l) => l.mechanism === "substitution");
          const score = evidence * 0.85 ** (links.length - 1) * match * (distrust && substitution ? 1.25 : 1);
          const crossings = links.filter((l) => l.side !== "same").length;
          const side = o.side === "left" || o.side === "right" ? (crossings % 2 === 0 ? o.side : o.side === "left" ? "right" : "left") : o.side;
          const key = `${stateKey(start)}@${side ?? ""}`;
          const kept = best.get(key) ?? new Map();
          best.set(key, kept);
          const previous = kept.get(index);
          if (previous === undefined || score > previous.score || (score === previous.score && links.length < previous.links.length)) kept.set(index, { score, links });
        }
        if (links.length >= maxDepth) return;
        for (const link of incoming.get(stateKey(start)) ?? []) {
          if (seen.has(stateKey(link.from))) continue;
          walk([link, ...links], new Set([...seen, stateKey(link.from)]));
        }
      };
      walk([last], new Set([stateKey(last.to), stateKey(last.from)]));
    }
  });
  // Group by state: sided entries take the unsided observations too; unsided ones stand alone only when no side was seen.
  const byState = new Map<string, Map<string, Map<number, { score: number; links: Link[] }>>>();
  for (const [key, kept] of best) {
    const [state, side] = key.split("@") as [string, string];
    byState.set(state, (byState.get(state) ?? new Map()).set(side, kept));
  }
  const results: { state: string; side: string | undefined; score: number; explains: number[]; paths: string[][]; grade: string; sources: string[]; root: boolean }[] = [];
  for (const [state, sides] of byState) {
    const unsided = new Map([...(sides.get("") ?? []), ...(sides.get("both") ?? [])]);
    const sided = [...sides.keys()].filter((s) => s === "left" || s === "right");
    const groups: [string | undefined, Map<number, { score: number; links: Link[] }>][] =
      sided.length === 0 ? [[sides.has("both") ? "both" : undefined, unsided]] : sided.map((s) => [s, new Map([...unsided, ...sides.get(s)!])]);
    for (const [side, kept] of groups) {
      const explains = [...kept.keys()].sort((a, b) => a - b);
      const chosen = explains.map((i) => kept.get(i)!);
      const links = chosen.flatMap((c) => c.links);
      const root = !incoming.has(state);
      results.push({
        state, side, explains, root,
        score: Math.round(chosen.reduce((sum, c) => sum + c.score, 0) * (root ? 1 : 0.8) * 1e4) / 1e4,
        paths: chosen.map((c) => c.links.map((l) => l.id)),
        grade: links.map((l) => l.grade).reduce((a, b) => (compareGrades(b, a) > 0 ? b : a)),
        sources: [...new Set(links.flatMap((l) => [...l.sources, ...(l.verdict?.sources ?? [])]))],
      });
    }
  }
  return results
    .sort((a, b) => b.score - a.score || b.sources.length - a.sources.length || (`${a.state}@${a.side ?? ""}` < `${b.state}@${b.side ?? ""}` ? -1 : 1))
    .slice(0, 50);
}

const summary = (explanations: readonly Explanation[]) =>
  explanations.map((e) => ({
    state: stateKey(e.state), side: e.side, score: e.score, explains: [...e.explains], root: e.root, grade: e.grade, sources: [...e.sources],
    paths: e.paths.map((p) => p.steps.map((s) => s.link.id)),
  }));

describe("traceBack finds what an exhaustive search finds", () => {
  const structures = knowledgeBase.structures.map((s) => s.id);

  it("for every structure, sensation and side of the built-in knowledge base", () => {
    for (const structure of structures) {
      for (const sensation of SensationSchema.options) {
        for (const side of [undefined, "left", "both"] as const) {
          for (const notRelievedBy of [undefined, ["stretching" as const]]) {
            const o: Observation = { structure, sensation, ...(side === undefined ? {} : { side }), ...(notRelievedBy === undefined ? {} : { notRelievedBy }) } as Observation;
            expect(summary(traceBack(o as never)), JSON.stringify(o)).toEqual(exhaustive([o]));
          }
        }
      }
    }
  });

  it("for several observations at once, at every depth", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            { structure: fc.constantFrom(...structures, ...groupsOf("gluteus-medius").map((g) => g.id)), sensation: fc.constantFrom(...SensationSchema.options), side: fc.constantFrom("left" as const, "right" as const, "both" as const), notRelievedBy: fc.uniqueArray(fc.constantFrom(...ReliefSchema.options), { maxLength: 2 }) },
            { requiredKeys: ["structure", "sensation"] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 1, max: 8 }),
        (observations, maxDepth) => {
          expect(summary(traceBack(observations as never, { maxDepth }))).toEqual(exhaustive(observations as Observation[], knowledgeBase, maxDepth));
        },
      ),
      { numRuns: runs(150), seed: 16 },
    );
  });

  it("on extended knowledge bases small enough to search exhaustively", () => {
    const ids = ["gluteus-medius", "piriformis", "hamstrings", "soleus", "tensor-fasciae-latae"];
    const link = fc.record({
      from: fc.record({ structure: fc.constantFrom(...ids), condition: fc.constantFrom(...ConditionSchema.options) }),
      to: fc.record({ structure: fc.constantFrom(...ids), condition: fc.constantFrom(...ConditionSchema.options) }),
      mechanism: fc.constantFrom("substitution" as const, "increased-load" as const),
      side: fc.constantFrom("same" as const, "opposite" as const),
      grade: fc.constantFrom("low" as const, "practitioner-opinion" as const),
      symptom: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(link, { minLength: 1, maxLength: 25 }), fc.constantFrom(...ids), (drawn, observed) => {
        const links = drawn
          .filter((l) => stateKey(l.from) !== stateKey(l.to))
          .map((l, i) => ({
            id: `drawn-${i}`, from: l.from, to: l.to, mechanism: l.mechanism, side: l.side,
            symptoms: l.symptom ? [{ structure: l.to.structure, sensations: ["tightness" as const] }] : [],
            description: "Drawn.", sources: l.grade === "low" ? ["noehren-2014"] : ["seed-002"], grade: l.grade,
          }));
        const kb = extendKnowledgeBase(knowledgeBase, { links });
        const o = { structure: observed, sensation: "tightness", side: "left", notRelievedBy: ["stretching"] } as const;
        expect(summary(traceBack(o, { knowledgeBase: kb, maxDepth: 5 }))).toEqual(exhaustive([o], kb, 5));
      }),
      { numRuns: runs(60), seed: 16 }, // sparse graphs: on dense ones the beam of 3 may keep a near-best path
    );
  });
});
