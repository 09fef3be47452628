import { describe, expect, it } from "vitest";
import {
  compensatesFor,
  compensatorsFor,
  extendKnowledgeBase,
  knowledgeBase,
  stateKey,
  traceBack,
  traceForward,
  type Compensation,
  type KnowledgeBase,
  type StructureId,
} from "../src";

/** Exact behaviour of the traversal, to the documented formula and field. */
const key = (e: { state: Parameters<typeof stateKey>[0] }): string => stateKey(e.state);
const find = (list: ReturnType<typeof traceBack>, state: string, side?: string) =>
  list.find((e) => key(e) === state && e.side === side);

describe("traceBack scores follow the documented formula", () => {
  // deep rotators inhibited → femur turns in (low, contested: 0.525) → gluteus medius overloaded (opinion, unverified: 0.315)
  const twoLinks = Math.sqrt(0.525 * 0.315) * 0.85;

  it("geometric mean of evidence, × 0.85 per extra link", () => {
    const e = find(traceBack({ structure: "gluteus-medius", sensation: "tightness" }), "deep-hip-external-rotators:inhibited");
    expect(e?.score).toBe(Math.round(twoLinks * 1e4) / 1e4);
  });

  it("× 1.25 with substitution when stretching did not help; × 0.6 for a group match", () => {
    const stubborn = find(traceBack({ structure: "gluteus-medius", sensation: "tightness", notRelievedBy: ["stretching"] }), "deep-hip-external-rotators:inhibited");
    expect(stubborn?.score).toBe(Math.round(twoLinks * 1.25 * 1e4) / 1e4);
    const rest = find(traceBack({ structure: "gluteus-medius", sensation: "tightness", notRelievedBy: ["rest"] }), "deep-hip-external-rotators:inhibited");
    expect(rest?.score).toBe(Math.round(twoLinks * 1e4) / 1e4);
    const group = find(traceBack({ structure: "gluteals", sensation: "tightness" }), "deep-hip-external-rotators:inhibited");
    expect(group?.score).toBe(Math.round(twoLinks * 0.6 * 1e4) / 1e4);
  });

  it("sums over observations, × 0.8 off the root", () => {
    const both = find(
      traceBack([
        { structure: "gluteus-medius", sensation: "tightness" },
        { structure: "gluteus-medius", sensation: "soreness" },
      ]),
      "deep-hip-external-rotators:inhibited",
    );
    expect(both?.score).toBe(Math.round(2 * twoLinks * 1e4) / 1e4);
    expect(both?.explains).toEqual([0, 1]);
    const middle = find(traceBack({ structure: "lumbar-extensors", sensation: "soreness" }), "core:weak");
    expect(middle?.root).toBe(false);
    expect(middle!.score).toBeLessThan(find(traceBack({ structure: "lumbar-extensors", sensation: "soreness" }), "hip-flexors:tight")!.score);
  });

  it("reports the weakest grade, every source including the verdicts', and whether a path substitutes", () => {
    const e = find(traceBack({ structure: "gluteus-medius", sensation: "tightness" }), "deep-hip-external-rotators:inhibited")!;
    expect(e.grade).toBe("practitioner-opinion");
    const links = e.paths[0]!.steps.map((s) => s.link);
    expect(new Set(e.sources)).toEqual(new Set(links.flatMap((l) => [...l.sources, ...(l.verdict?.sources ?? [])])));
    expect(e.compensation).toBe(true);
    const nerve = find(traceBack({ structure: "sciatic-nerve", sensation: "numbness" }), "piriformis:tight")!;
    expect(nerve.compensation).toBe(false);
    expect(nerve.grade).toBe("very-low");
  });

  it("ranks by score, then by number of sources, deterministically", () => {
    const list = traceBack({ structure: "hamstrings", sensation: "tightness" });
    for (let i = 1; i < list.length; i += 1) {
      const [a, b] = [list[i - 1]!, list[i]!];
      expect(a.score > b.score || (a.score === b.score && a.sources.length >= b.sources.length)).toBe(true);
    }
  });
});

describe("sides", () => {
  it("keeps no side when none is given, and `both` through every step", () => {
    const [plain] = traceForward({ structure: "hip-abductors", condition: "weak" });
    expect("side" in plain!).toBe(false);
    expect(plain!.steps.every((s) => !("side" in s))).toBe(true);
    const [both] = traceForward({ structure: "hip-abductors", condition: "weak" }, { side: "both" });
    expect(both!.side).toBe("both");
    expect(both!.steps.every((s) => s.side === "both")).toBe(true);
    const e = traceBack({ structure: "gluteus-medius", sensation: "tightness" })[0]!;
    expect("side" in e).toBe(false);
    expect(traceBack({ structure: "gluteus-medius", sensation: "tightness", side: "both" })[0]?.side).toBe("both");
  });

  it("keeps left and right apart, and lets side-less observations count for each", () => {
    const list = traceBack([
      { structure: "gluteus-medius", sensation: "tightness", side: "left" },
      { structure: "gluteus-medius", sensation: "soreness", side: "right" },
      { structure: "gluteus-medius", sensation: "tightness" },
    ]);
    const left = find(list, "deep-hip-external-rotators:inhibited", "left");
    const right = find(list, "deep-hip-external-rotators:inhibited", "right");
    expect(left?.explains).toEqual([0, 2]);
    expect(right?.explains).toEqual([1, 2]);
    expect(find(list, "deep-hip-external-rotators:inhibited")).toBeUndefined();
  });
});

describe("errors name the function and the place", () => {
  it("for options, knowledge bases and structures", () => {
    expect(() => traceForward({ fault: "knee-valgus" }, { maxDepth: 0 })).toThrow(/^traceForward: /);
    expect(() => traceBack({ structure: "soleus", sensation: "pain" }, { maxDepth: 99 })).toThrow(/^traceBack: /);
    const noLinks = { ...knowledgeBase, links: [], chains: [] } as unknown as KnowledgeBase;
    const invalid = { ...knowledgeBase, chains: [{ ...knowledgeBase.chains[0]!, links: ["nope"] }] } as unknown as KnowledgeBase;
    expect(() => traceForward({ fault: "knee-valgus" }, { knowledgeBase: invalid })).toThrow(/^traceForward: the knowledge base/);
    expect(() => traceBack({ structure: "soleus", sensation: "pain" }, { knowledgeBase: invalid })).toThrow(/^traceBack: the knowledge base/);
    expect(traceForward({ fault: "knee-valgus" }, { knowledgeBase: noLinks })).toEqual([]);
    expect(() => traceForward({ structure: "spleen", condition: "weak" })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["structure"] })] }),
    );
    expect(() => traceBack([{ structure: "soleus", sensation: "pain" }, { structure: "spleen" as "soleus", sensation: "pain" }])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [1, "structure"] })] }),
    );
    expect(() => compensatesFor("spleen" as "soleus")).toThrow(/^compensatesFor: /);
  });
});

describe("compensation, both ways", () => {
  const chain = (list: readonly Compensation[]) => list.filter((c) => c.basis === "chain");
  const role = (list: readonly Compensation[]) => list.filter((c) => c.basis === "role");

  it("finds who takes over along the graph, ending in a substitution, shortest path first", () => {
    const takers = chain(compensatorsFor("deep-hip-external-rotators"));
    expect(takers.map((c) => c.structure)).toContain("gluteus-medius");
    for (const c of takers) {
      if (c.basis !== "chain") continue;
      expect(c.path.steps.at(-1)!.link.mechanism).toBe("substitution");
      expect(stateKey(c.path.end)).toBe(`${c.structure}:${"condition" in c.path.end ? c.path.end.condition : ""}`);
    }
    const lengths = takers.map((c) => (c.basis === "chain" ? c.path.steps.length : 0));
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it("finds whose work a structure does along the graph, from a weakened state", () => {
    const givers = chain(compensatesFor("gluteus-medius"));
    expect(givers.map((c) => c.structure)).toContain("deep-hip-external-rotators");
    for (const c of givers) if (c.basis === "chain") expect(["weak", "inhibited", "fatigued", "lengthened"]).toContain("condition" in c.path.start ? c.path.start.condition : "");
    expect(chain(compensatesFor("hamstrings")).map((c) => c.structure)).toContain("gluteus-maximus");
  });

  it("never lists a structure as compensating for itself or its own group", () => {
    for (const c of compensatorsFor("gluteals")) expect(["gluteals", "gluteus-maximus", "gluteus-medius", "gluteus-minimus"]).not.toContain(c.structure);
    for (const c of compensatesFor("gluteals")) expect(["gluteals", "gluteus-maximus", "gluteus-medius", "gluteus-minimus"]).not.toContain(c.structure);
  });

  it("adds the running roles: back-ups for a primary, primaries for a back-up", () => {
    const ups = role(compensatorsFor("gluteus-maximus"));
    expect(ups.map((c) => c.structure)).toContain("adductor-magnus");
    for (const c of ups) if (c.basis === "role") expect(c.role.primary.map((m) => m.structure)).toContain("gluteus-maximus");
    const downs = role(compensatesFor("adductor-magnus"));
    expect(downs.map((c) => c.structure)).toContain("gluteus-maximus");
    for (const c of downs) if (c.basis === "role") expect(c.role.secondary.map((m) => m.structure)).toContain("adductor-magnus");
    expect(compensatorsFor("femoral-neck")).toEqual([]);
  });

  it("works on an extended knowledge base", () => {
    const kb = extendKnowledgeBase(knowledgeBase, {
      links: [{
        id: "soleus-weak-tibialis-posterior-overloaded", from: { structure: "soleus", condition: "weak" },
        to: { structure: "tibialis-posterior", condition: "overloaded" }, mechanism: "substitution", side: "same",
        symptoms: [], description: "Test link.", sources: ["seed-002"], grade: "practitioner-opinion",
      }],
    });
    expect(chain(compensatorsFor("soleus", { knowledgeBase: kb })).map((c) => c.structure)).toEqual(["tibialis-posterior"]);
    expect(chain(compensatesFor("tibialis-posterior", { knowledgeBase: kb })).map((c) => c.structure)).toEqual(["soleus"]);
    expect(chain(compensatorsFor("soleus"))).toEqual([]);
  });
});

/** A link for an extended knowledge base, with the weakest evidence unless told otherwise. */
const testLink = (id: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  id,
  from: { structure: from, condition: "weak" as const },
  to: { structure: to, condition: "overloaded" as const },
  mechanism: "substitution" as const,
  side: "same" as const,
  symptoms: [],
  description: "Test link.",
  sources: ["seed-002"],
  grade: "practitioner-opinion" as const,
  ...extra,
});

/** A structure for an extended knowledge base, copied from the soleus under a new id. */
const testStructure = (id: string) => ({ ...knowledgeBase.structures.find((s) => s.id === "soleus")!, id, name: `Test ${id}`, aliases: [], groups: [] });

describe("sides across links that cross to the other leg", () => {
  const kb = extendKnowledgeBase(knowledgeBase, {
    structures: [testStructure("test-left-hip"), testStructure("test-right-hip"), testStructure("test-far")],
    links: [
      testLink("test-crossing", "test-left-hip", "test-right-hip", { side: "opposite" }),
      { ...testLink("test-staying", "test-right-hip", "test-far"), from: { structure: "test-right-hip", condition: "overloaded" } },
    ],
  });
  const start = { structure: "test-left-hip", condition: "weak" } as const;

  it("flips left to right at a crossing link and keeps the side after a same-side one", () => {
    const [path] = traceForward(start, { knowledgeBase: kb, side: "left" }).filter((p) => p.steps.length === 2);
    expect(path?.side).toBe("left");
    expect(path?.steps.map((s) => s.side)).toEqual(["right", "right"]);
    const [fromRight] = traceForward(start, { knowledgeBase: kb, side: "right", maxDepth: 1 });
    expect(fromRight?.steps.map((s) => s.side)).toEqual(["left"]);
  });

  it("keeps `both` and no side as they are at a crossing link", () => {
    const [both] = traceForward(start, { knowledgeBase: kb, side: "both", maxDepth: 1 });
    expect(both?.steps.map((s) => s.side)).toEqual(["both"]);
    const [none] = traceForward(start, { knowledgeBase: kb, maxDepth: 1 });
    expect(none?.steps.every((s) => !("side" in s))).toBe(true);
  });
});

describe("options that are not an options object", () => {
  it.each([
    ["a string", "deep"],
    ["an array", [2]],
    ["a number", 3],
  ])("refuses %s with a typed error, in every traversal", (_name, options) => {
    const code = expect.objectContaining({ code: "invalid_input" });
    expect(() => traceForward({ structure: "hip-abductors", condition: "weak" }, options as never)).toThrow(code);
    expect(() => traceBack({ structure: "gluteus-medius", sensation: "tightness" }, options as never)).toThrow(code);
    expect(() => compensatorsFor("gluteus-medius", options as never)).toThrow(code);
  });

  it("refuses options it cannot even list, rather than throwing what they throw", () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } });
    expect(() => traceForward({ structure: "hip-abductors", condition: "weak" }, hostile)).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });
});

describe("compensation walks: depth and order", () => {
  it("follows at most maxDepth links, and finds longer paths when allowed", () => {
    const lengths = (list: readonly Compensation[]) => list.flatMap((c) => (c.basis === "chain" ? [c.path.steps.length] : []));
    for (const depth of [1, 2]) {
      expect(Math.max(...lengths(compensatorsFor("deep-hip-external-rotators", { maxDepth: depth })), 0), `takers at ${depth}`).toBeLessThanOrEqual(depth);
      expect(Math.max(...lengths(compensatesFor("gluteus-medius", { maxDepth: depth })), 0), `givers at ${depth}`).toBeLessThanOrEqual(depth);
    }
    expect(Math.max(...lengths(compensatorsFor("deep-hip-external-rotators")))).toBeGreaterThan(1);
    expect(Math.max(...lengths(compensatesFor("gluteus-medius")))).toBeGreaterThan(1);
  });

  it("puts the better-evidenced of two equally long paths first, whatever their order in the data", () => {
    const kb = extendKnowledgeBase(knowledgeBase, {
      structures: [testStructure("test-giver"), testStructure("test-weak-taker"), testStructure("test-strong-taker")],
      links: [
        testLink("test-to-weak-taker", "test-giver", "test-weak-taker"),
        testLink("test-to-strong-taker", "test-giver", "test-strong-taker", { grade: "low", sources: ["noehren-2014"] }),
      ],
    });
    expect(compensatorsFor("test-giver", { knowledgeBase: kb }).map((c) => c.structure)).toEqual(["test-strong-taker", "test-weak-taker"]);
  });
});

describe("traceBack keeps the 50 strongest ends", () => {
  // 60 links end at the same symptom: the first five better evidenced, the rest equal.
  const sources = Array.from({ length: 60 }, (_, i) => `test-source-${i}`);
  const kb = extendKnowledgeBase(knowledgeBase, {
    structures: [testStructure("test-target"), ...sources.map(testStructure)],
    links: sources.map((from, i) =>
      testLink(`test-end-${i}`, from, "test-target", {
        symptoms: [{ structure: "test-target", sensations: ["tightness"] }],
        ...(i >= 55 ? { grade: "low", sources: ["noehren-2014"] } : {}),
      }),
    ),
  });

  it("keeps the strongest, then the first in data order among equals", () => {
    const found = traceBack({ structure: "test-target", sensation: "tightness" }, { knowledgeBase: kb }).map((e) => ("structure" in e.state ? e.state.structure : ""));
    expect(found).toHaveLength(50);
    // The five stronger links come last in the data but are all kept; of the 55 equal ones, the first 45.
    for (let i = 55; i < 60; i += 1) expect(found).toContain(`test-source-${i}`);
    for (let i = 0; i < 45; i += 1) expect(found).toContain(`test-source-${i}`);
    for (let i = 45; i < 55; i += 1) expect(found).not.toContain(`test-source-${i}`);
  });
});

describe("traceBack across a crossing link and its errors", () => {
  const kb = extendKnowledgeBase(knowledgeBase, {
    structures: [testStructure("test-left-hip"), testStructure("test-right-hip")],
    links: [testLink("test-crossing", "test-left-hip", "test-right-hip", { side: "opposite", symptoms: [{ structure: "test-right-hip", sensations: ["tightness"] }] })],
  });

  it("puts the cause on the other side of a crossing link, for either side", () => {
    for (const [side, other] of [["right", "left"], ["left", "right"]] as const) {
      const [entry] = traceBack({ structure: "test-right-hip", sensation: "tightness", side }, { knowledgeBase: kb });
      expect(entry && stateKey(entry.state), side).toBe("test-left-hip:weak");
      expect(entry?.side, side).toBe(other);
    }
    const [both] = traceBack({ structure: "test-right-hip", sensation: "tightness", side: "both" }, { knowledgeBase: kb });
    expect(both?.side).toBe("both");
  });

  it("names the place of an unknown structure in a single observation", () => {
    expect(() => traceBack({ structure: "spleen" as "soleus", sensation: "pain" })).toThrow(
      expect.objectContaining({ code: "invalid_input", issues: [expect.objectContaining({ path: ["structure"], value: "spleen" })] }),
    );
  });
});

describe("running roles with more than one primary", () => {
  it("lists a role's back-ups for each of its primaries, and its primaries for each back-up", () => {
    const role = knowledgeBase.roles.find((r) => r.primary.length > 1 && r.secondary.length > 0);
    expect(role).toBeDefined();
    for (const primary of role!.primary) {
      const found = compensatorsFor(primary.structure as StructureId).map((c) => c.structure);
      for (const backup of role!.secondary) if (backup.structure !== primary.structure) expect(found, primary.structure).toContain(backup.structure);
    }
  });
});
