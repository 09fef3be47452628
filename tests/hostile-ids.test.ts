import { describe, expect, it } from "vitest";
import * as api from "../src";
import { assess, extendKnowledgeBase, KineticChainError, knowledgeBase, safeAssess, traceBack, traceForward, compensatorsFor, compensatesFor, chainToMermaid, explainPath, validateKnowledgeBase } from "../src";

/** Ids that a plain object used as a map would find on `Object.prototype`. */
const HOSTILE = ["constructor", "__proto__", "toString", "hasOwnProperty"] as const;

/**
 * Either a value or a typed error: anything else thrown is a defect, and so is a value taken from
 * `Object.prototype` (a function, or the prototype itself).
 */
function outcome(call: () => unknown): "value" | "typed" | "prototype member" {
  try {
    const value = call();
    return typeof value === "function" || value === Object.prototype ? "prototype member" : "value";
  } catch (error) {
    if (error instanceof KineticChainError) return "typed";
    throw error;
  }
}

const functions = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && entry[0] !== "KineticChainError",
);

describe("ids that name Object.prototype members", () => {
  it("covers every public function", () => {
    expect(functions.length).toBeGreaterThan(60);
  });

  for (const [name, fn] of functions) {
    it(`${name} returns or fails with a typed error for each hostile id`, () => {
      for (const id of HOSTILE) {
        // As a bare id, as every argument, and as the key and value of an object (the shape most inputs take).
        // The keys the library reads as enums or ids, each holding the hostile id.
        const keys = ["id", "structure", "grade", "level", "kind", "status", "fault", "condition", "type", "test", "location", id];
        const record = JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(id)}`).join(", ")}}`) as unknown;
        for (const args of [[id], [id, id], [id, { knowledgeBase }], [record], [[record]], [record, record]]) {
          expect(["value", "typed"]).toContain(outcome(() => fn(...args)));
        }
      }
    });
  }

  it("assess refuses an unknown location named like a prototype member, with a typed issue", () => {
    for (const id of HOSTILE) {
      const result = safeAssess({ complaints: [{ location: id, sensations: ["pain"] }] });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toContain("unknown_reference");
    }
  });

  it("a knowledge base with a structure called constructor works end to end", () => {
    const kb = extendKnowledgeBase(knowledgeBase, {
      structures: [
        {
          id: "constructor", name: "Constructor", aliases: [], kind: "muscle", region: "hip", groups: ["gluteals"], actions: [],
          ontology: {}, description: "A structure whose id is an Object.prototype member.", sources: ["wger"], grade: "reference",
        },
      ],
      links: [
        {
          id: "constructor-to-gluteus-medius", from: { structure: "constructor", condition: "weak" },
          to: { structure: "gluteus-medius", condition: "overloaded" }, mechanism: "substitution", side: "same",
          symptoms: [{ structure: "constructor", sensations: ["tightness"] }], description: "A synthetic link.",
          sources: ["seed-002"], grade: "practitioner-opinion", verdict: { status: "unverified", sources: [], note: "Synthetic." },
        },
      ],
    });
    expect(validateKnowledgeBase(kb)).toEqual([]);
    const report = { complaints: [{ location: "constructor", sensations: ["tightness" as const], side: "left" as const }] };
    expect(assess(report, { knowledgeBase: kb }).triage.level).toBeDefined();
    const explanations = traceBack({ structure: "gluteus-medius", sensation: "tightness" }, { knowledgeBase: kb });
    expect(explanations.length).toBeGreaterThan(0);
    const paths = traceForward({ structure: "constructor", condition: "weak" }, { knowledgeBase: kb });
    expect(paths[0]?.steps[0]?.link.id).toBe("constructor-to-gluteus-medius");
    expect(compensatorsFor("constructor", { knowledgeBase: kb }).map((c) => c.structure)).toContain("gluteus-medius");
    expect(compensatesFor("gluteus-medius", { knowledgeBase: kb }).map((c) => c.structure)).toContain("constructor");
    expect(chainToMermaid(paths, { knowledgeBase: kb })).toContain("Constructor: weak");
    expect(explainPath(paths[0]!, { knowledgeBase: kb })[0]).toMatch(/Constructor/);
  });
});
