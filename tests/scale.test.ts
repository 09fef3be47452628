import { describe, expect, it } from "vitest";
import { assess, compensatesFor, compensatorsFor, extendKnowledgeBase, knowledgeBase, type Link, type Structure, traceBack, traceForward, validateKnowledgeBase } from "../src";
import { graphOf, relation } from "../src/chains/graph";
import { inspectKnowledgeBase } from "../src/knowledge-base/validate";

/** The inputs that used to be exponential or quadratic, checked for what they return (timing is the bench's). */
const structure = (id: string, kind: Structure["kind"] = "muscle", groups: string[] = []): Structure => ({
  id, name: id, aliases: [], kind, region: "hip", groups, actions: [], ontology: {}, description: "Synthetic.", sources: ["wger"], grade: "reference",
});
const link = (id: string, from: Link["from"], to: Link["to"], strong = false, symptom?: string): Link => ({
  id, from, to, mechanism: "substitution", side: "same", symptoms: symptom === undefined ? [] : [{ structure: symptom, sensations: ["tightness"] }],
  description: "Synthetic.",
  ...(strong ? { sources: ["noehren-2014"], grade: "low" as const } : { sources: ["seed-002"], grade: "practitioner-opinion" as const }),
});

describe("validation once per knowledge base", () => {
  it("an extended knowledge base is taken as it is, not parsed again", () => {
    const kb = extendKnowledgeBase(knowledgeBase, { structures: [structure("popliteus")] });
    expect(inspectKnowledgeBase(kb).data).toBe(kb);
    expect(graphOf("test", kb).kb).toBe(kb);
    // A copy is not trusted: it is parsed into a new object.
    const copy = { ...kb };
    expect(inspectKnowledgeBase(copy).data).not.toBe(copy);
  });
});

describe("caps of the traversal", () => {
  it("returns at most 50 explanations, starting from the strongest matching links", () => {
    const sources = Array.from({ length: 60 }, (_, i) => structure(`source-${i}`));
    const links = sources.map((s, i) =>
      link(`into-${i}`, { structure: s.id, condition: "weak" }, { structure: "gluteus-medius", condition: "overloaded" }, i % 6 === 5, "gluteus-medius"),
    );
    const kb = extendKnowledgeBase(knowledgeBase, { structures: sources, links });
    const found = traceBack({ structure: "gluteus-medius", sensation: "tightness" }, { knowledgeBase: kb });
    expect(found).toHaveLength(50);
    const strong = links.filter((l) => l.grade === "low").map((l) => (l.from as { structure: string }).structure);
    expect(found.slice(0, strong.length).map((e) => (e.state as { structure: string }).structure).sort()).toEqual([...strong].sort());
  });

  it("follows at most 4 links into a state, the strongest", () => {
    const sources = Array.from({ length: 20 }, (_, i) => structure(`feeder-${i}`));
    const links = sources.map((s, i) => link(`feeds-${i}`, { structure: s.id, condition: "weak" }, { fault: "femoral-internal-rotation" }, i >= 17));
    const kb = extendKnowledgeBase(knowledgeBase, { structures: sources, links });
    const feeders = traceBack({ structure: "gluteus-medius", sensation: "tightness" }, { knowledgeBase: kb })
      .map((e) => (e.state as { structure: string }).structure)
      .filter((id) => id.startsWith("feeder-"));
    // Beside the built-in links into the fault, only strong feeders, never a weak one.
    expect(feeders.length).toBeGreaterThan(0);
    expect(feeders.length).toBeLessThanOrEqual(4);
    for (const id of feeders) expect(["feeder-17", "feeder-18", "feeder-19"]).toContain(id);
  });
});

describe("exponentially many paths", () => {
  // 12 layers of 3 states, every state linked to every state of the next layer: 3^12 paths.
  const layers = Array.from({ length: 12 }, (_, layer) => Array.from({ length: 3 }, (_, i) => structure(`layer-${layer}-${i}`)));
  const links = layers.slice(1).flatMap((layer, l) =>
    layer.flatMap((to) => (layers[l] ?? []).map((from) => link(`${from.id}-to-${to.id}`, { structure: from.id, condition: "weak" }, { structure: to.id, condition: "overloaded" }, false, to.id))),
  );
  // Each state also carries its weakened state on: overloaded → weak, so paths continue.
  const carry = layers.flat().map((s) => link(`${s.id}-carries`, { structure: s.id, condition: "overloaded" }, { structure: s.id, condition: "weak" }));
  const kb = extendKnowledgeBase(knowledgeBase, { structures: layers.flat(), links: [...links, ...carry] });

  it("traceForward stops at 2,000 paths", () => {
    expect(traceForward({ structure: "layer-0-0", condition: "weak" }, { knowledgeBase: kb, maxDepth: 24 })).toHaveLength(2000);
  });

  it("compensatorsFor and compensatesFor finish, one entry per structure", () => {
    const takers = compensatorsFor("layer-0-0", { knowledgeBase: kb, maxDepth: 24 });
    expect(takers.length).toBeGreaterThan(0);
    expect(new Set(takers.map((c) => c.structure)).size).toBe(takers.length);
    expect(compensatesFor("layer-11-0", { knowledgeBase: kb, maxDepth: 24 }).length).toBeGreaterThan(0);
  });

  it("traceBack ranks states far upstream, and returns the 50 best", () => {
    const found = traceBack({ structure: "layer-11-0", sensation: "tightness" }, { knowledgeBase: kb, maxDepth: 24 });
    expect(found).toHaveLength(50);
    expect(Math.max(...found.map((e) => e.paths[0]?.steps.length ?? 0))).toBeGreaterThan(12);
  });
});

describe("large inputs", () => {
  it("5,000 nested groups: membership through every level, and a cycle found", () => {
    const nested = Array.from({ length: 5000 }, (_, i) => structure(`group-${i}`, "muscle-group", i + 1 < 5000 ? [`group-${i + 1}`] : []));
    const kb = extendKnowledgeBase(knowledgeBase, { structures: [...nested, structure("innermost", "muscle", ["group-0"])] });
    const graph = graphOf("test", kb);
    expect(relation(graph, "innermost", "group-4999")).toBe("group");
    expect(relation(graph, "group-4999", "innermost")).toBe("group");
    expect(relation(graph, "innermost", "gluteus-medius")).toBeUndefined();
    expect(assess({ complaints: [{ location: "group-4999", sensations: ["tightness"] }] }, { knowledgeBase: kb }).disclaimer).toBeTruthy();
    const cycle = nested.map((g, i) => (i === 4999 ? { ...g, groups: ["group-0"] } : g));
    const issues = validateKnowledgeBase({ ...knowledgeBase, structures: [...knowledgeBase.structures, ...cycle, structure("innermost", "muscle", ["group-0"])] });
    expect(issues.filter((issue) => issue.code === "group_cycle")).toHaveLength(5000);
  });

  it("a 20,000-link chain is connected, and a gap in it is found", () => {
    const steps = Array.from({ length: 20_001 }, (_, i) => structure(`step-${i}`));
    const links = Array.from({ length: 20_000 }, (_, i) => link(`step-${i}`, { structure: `step-${i}`, condition: "weak" }, { structure: `step-${i + 1}`, condition: "weak" }, false, `step-${i + 1}`));
    const chain = { id: "long-chain", name: "Long chain", description: "Synthetic.", links: links.map((l) => l.id), sources: ["seed-002"], grade: "practitioner-opinion" as const };
    const kb = extendKnowledgeBase(knowledgeBase, { structures: steps, links, chains: [chain] });
    // One explanation per state up to 8 links back, nearest first.
    const found = traceBack({ structure: "step-20000", sensation: "tightness" }, { knowledgeBase: kb });
    expect(found.map((e) => e.paths[0]?.steps.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const gap = { ...chain, links: chain.links.filter((_, i) => i !== 10_000) };
    const issues = validateKnowledgeBase({ ...kb, chains: [...knowledgeBase.chains, gap] });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([["chain_not_connected", `chains.${knowledgeBase.chains.length}.links.10000`]]);
  });
});
