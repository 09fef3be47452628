import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extendKnowledgeBase,
  KineticChainError,
  knowledgeBase,
  safeExtendKnowledgeBase,
  validateKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeIssueCode,
  type Structure,
} from "../src";

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A deep, mutable copy of the built-in knowledge base to break on purpose. */
const copy = (): Mutable<KnowledgeBase> => structuredClone(knowledgeBase) as Mutable<KnowledgeBase>;
const codes = (kb: unknown): KnowledgeIssueCode[] => validateKnowledgeBase(kb).map((issue) => issue.code);
const indexOf = (kb: Mutable<KnowledgeBase>, id: string): number => kb.structures.findIndex((s) => s.id === id);

const popliteus: Structure = {
  id: "popliteus",
  name: "Popliteus",
  aliases: [],
  kind: "muscle",
  region: "knee",
  groups: [],
  actions: [{ joint: "knee", movement: "internal-rotation" }],
  ontology: {},
  description: "Small muscle behind the knee that unlocks it from full extension.",
  sources: ["wger"],
  grade: "reference",
};

describe("validateKnowledgeBase", () => {
  it("reports a wrong shape with paths, and nothing else", () => {
    const kb = copy();
    (kb.structures[0] as { kind: string }).kind = "organ";
    const issues = validateKnowledgeBase(kb);
    expect(issues.map((i) => i.code)).toEqual(["invalid_shape"]);
    expect(issues[0]?.path).toEqual(["structures", 0, "kind"]);
    expect(codes(null)).toEqual(["invalid_shape"]);
    expect(codes({})).toEqual(Array(14).fill("invalid_shape")); // fourteen collections missing
  });

  it("reports duplicate ids", () => {
    const kb = copy();
    kb.structures.push(structuredClone(kb.structures[0]!));
    const issues = validateKnowledgeBase(kb);
    expect(issues).toEqual([
      expect.objectContaining({ code: "duplicate_id", path: ["structures", kb.structures.length - 1, "id"], value: kb.structures[0]!.id }),
    ]);
  });

  it("reports unknown references, non-groups, empty groups and cycles", () => {
    const kb = copy();
    kb.structures[indexOf(kb, "piriformis")]!.groups.push("deep-rotators");
    kb.structures[indexOf(kb, "soleus")]!.groups.push("gastrocnemius");
    kb.roles[0]!.secondary.push({ structure: "glutes" });
    kb.vocabularies[0]!.keys[0]!.structures.push("abs");
    expect(codes(kb)).toEqual(["unknown_reference", "not_a_group", "unknown_reference", "unknown_reference"]);

    const cyclic = copy();
    cyclic.structures[indexOf(cyclic, "gemelli")]!.groups.push("gemelli");
    expect(codes(cyclic)).toContain("group_cycle");

    const empty = copy();
    empty.structures.push({ ...structuredClone(popliteus), id: "knee-rotators", kind: "muscle-group" } as Mutable<Structure>);
    expect(codes(empty)).toEqual(["empty_group"]);
  });

  it("reports missing and unknown sources, grades above their sources, and bare verdicts", () => {
    const kb = copy();
    const s = kb.structures[indexOf(kb, "gluteus-medius")]!;
    s.sources = [];
    const t = kb.structures[indexOf(kb, "soleus")]!;
    t.sources = ["smith-2099"];
    const u = kb.structures[indexOf(kb, "piriformis")]!;
    u.sources = ["seed-001"];
    u.grade = "high";
    const role = kb.roles[0]!;
    role.verdict = { status: "contradicted", sources: [], note: "Made up for the test." };
    expect(codes(kb).sort()).toEqual(["grade_above_sources", "missing_source", "unknown_source", "verdict_without_sources"]);
  });

  it("reports an unverified claim graded as research", () => {
    const kb = copy();
    expect(kb.roles[0]!.verdict?.status).toBe("unverified");
    kb.roles[0]!.grade = "moderate";
    expect(validateKnowledgeBase(kb)).toEqual([expect.objectContaining({ code: "grade_above_sources", path: ["roles", 0, "grade"] })]);
  });

  it("refuses a link graded high on a seed plus a reference system, and allows it at opinion", () => {
    const kb = copy();
    const index = 0;
    const link = kb.links[index]!;
    link.sources = ["seed-001", "uberon"];
    delete link.verdict;
    link.grade = "high";
    expect(validateKnowledgeBase(kb)).toContainEqual(
      expect.objectContaining({ code: "grade_above_sources", path: ["links", index, "grade"], value: "high" }),
    );
    link.grade = "practitioner-opinion";
    expect(codes(kb)).not.toContain("grade_above_sources");
  });

  it("refuses moderate on one narrative review, and high on a contested verdict", () => {
    const kb = copy();
    const link = kb.links[0]!;
    link.sources = ["cheung-2003"];
    link.verdict = { status: "supported", sources: ["cheung-2003"], note: "Made up for the test." };
    link.grade = "moderate";
    expect(codes(kb)).toContain("grade_above_sources");
    link.grade = "low";
    expect(codes(kb)).not.toContain("grade_above_sources");
    link.sources = ["lauersen-2014", "buist-2008"];
    link.verdict = { status: "contested", sources: ["buist-2008"], note: "Made up for the test." };
    link.grade = "moderate";
    expect(codes(kb)).toContain("grade_above_sources");
  });

  it("reports a structure both primary and secondary, and a repeated vocabulary key", () => {
    const kb = copy();
    kb.roles[0]!.secondary.push({ structure: kb.roles[0]!.primary[0]!.structure });
    kb.vocabularies[1]!.keys.push(structuredClone(kb.vocabularies[1]!.keys[0]!));
    expect(codes(kb)).toEqual(["role_conflict", "duplicate_key"]);
  });

  it("reports a link from a state to itself, and a chain whose links do not join", () => {
    const kb = copy();
    kb.links[0]!.to = structuredClone(kb.links[0]!.from);
    const chain = kb.chains.find((c) => c.links.length > 1)!;
    chain.links.reverse();
    const found = validateKnowledgeBase(kb).map((i) => i.code);
    expect(found).toContain("self_loop");
    expect(found).toContain("chain_not_connected");
  });

  it("reports a chain graded above its weakest link (grade_exceeds_sources), and a contradicted claim graded as research", () => {
    const kb = copy();
    const chain = kb.chains.find((c) => c.grade === "practitioner-opinion")!;
    chain.grade = "low";
    const contradicted = kb.links.find((l) => l.verdict?.status === "contradicted")!;
    contradicted.grade = "moderate";
    const issues = validateKnowledgeBase(kb);
    expect(issues).toContainEqual(expect.objectContaining({ code: "grade_exceeds_sources", value: "low" }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "grade_above_sources", value: "moderate" }));
  });

  it("reports an unknown chain link once, without a knock-on connectivity issue", () => {
    const kb = copy();
    const chain = kb.chains.find((c) => c.links.length > 1)!;
    chain.links[0] = "no-such-link";
    expect(codes(kb)).toEqual(["unknown_reference"]);
  });

  it("never throws, whatever it is given (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateKnowledgeBase(value))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("sources", "structures", "roles", "vocabularies"), (value, key) => {
        const issues = validateKnowledgeBase({ ...knowledgeBase, [key]: [value] });
        expect(issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("extendKnowledgeBase", () => {
  it("adds an app's structure and returns a new frozen, valid knowledge base", () => {
    const before = JSON.stringify(knowledgeBase);
    const input = structuredClone(popliteus);
    const kb = extendKnowledgeBase(knowledgeBase, { structures: [input] });
    expect(kb).not.toBe(knowledgeBase);
    expect(kb.structures.at(-1)).toEqual(popliteus);
    expect(kb.structures.length).toBe(knowledgeBase.structures.length + 1);
    expect(Object.isFrozen(kb.structures.at(-1))).toBe(true);
    expect(validateKnowledgeBase(kb)).toEqual([]);
    expect(JSON.stringify(knowledgeBase)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false); // the caller's object is neither frozen nor kept
  });

  it("adds sources and roles that cite them", () => {
    const kb = extendKnowledgeBase(knowledgeBase, {
      sources: [
        {
          id: "clinic-notes",
          kind: "practitioner-opinion",
          citation: "Our clinic's internal notes",
          summary: "What our physiotherapists see.",
          origin: { file: "research/evidence.md", anchor: "Evidence notes" },
        },
      ],
      structures: [popliteus],
      roles: [
        {
          id: "knee-unlocking",
          name: "Knee unlocking",
          description: "Starting knee flexion from a locked knee.",
          plane: "transverse",
          phases: ["early-swing"],
          primary: [{ structure: "popliteus" }],
          secondary: [{ structure: "biceps-femoris" }],
          sources: ["clinic-notes"],
          grade: "practitioner-opinion",
        },
      ],
    });
    expect(kb.roles.at(-1)?.id).toBe("knee-unlocking");
  });

  it("refuses to replace a built-in record, listing every problem in a typed error", () => {
    const result = safeExtendKnowledgeBase(knowledgeBase, {
      structures: [{ ...popliteus, id: "soleus" }, { ...popliteus, id: "popliteus-2", sources: ["smith-2099"] }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(KineticChainError);
    expect(result.error.code).toBe("invalid_knowledge_base");
    expect(result.error.message).toMatch(/^extendKnowledgeBase: /);
    expect(result.error.issues.map((i) => i.code)).toEqual(["duplicate_id", "unknown_source"]);
    expect(() => extendKnowledgeBase(knowledgeBase, { structures: [{ ...popliteus, id: "soleus" }] })).toThrow(KineticChainError);
  });

  it("reports malformed additions under an `additions` path, never throwing (property)", () => {
    const bad = safeExtendKnowledgeBase(knowledgeBase, { structures: "popliteus" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.path).toEqual(["additions", "structures"]);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeExtendKnowledgeBase(knowledgeBase, value);
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });

  it("ignores prototype-pollution payloads", () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    safeExtendKnowledgeBase(knowledgeBase, payload);
    validateKnowledgeBase(payload);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
