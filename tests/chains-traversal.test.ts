import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chainToMermaid,
  explainPath,
  KineticChainError,
  listChains,
  listLinks,
  safeExtendKnowledgeBase,
  knowledgeBase,
  stateKey,
  traceBack,
  traceForward,
  compensatorsFor,
  compensatesFor,
  type ChainPath,
  type KnowledgeBase,
  type Link,
  type State,
  type StructureId,
} from "../src";
import { runs } from "./helpers/runs";

const STRUCTURES = ["gluteus-maximus", "gluteus-medius", "hamstrings", "piriformis", "soleus"] as const;
const CONDITIONS = ["weak", "inhibited", "tight", "overloaded"] as const;
const FAULTS = ["knee-valgus", "overstriding"] as const;

const stateArb: fc.Arbitrary<State> = fc.oneof(
  fc.record({ structure: fc.constantFrom(...STRUCTURES), condition: fc.constantFrom(...CONDITIONS) }),
  fc.record({ fault: fc.constantFrom(...FAULTS) }),
);

/** A random graph over a few states: dense enough to have many cycles, self-loops included. */
const graphArb = fc
  .array(
    fc.record({
      from: stateArb,
      to: stateArb,
      mechanism: fc.constantFrom("substitution", "increased-load", "altered-alignment") as fc.Arbitrary<Link["mechanism"]>,
      side: fc.constantFrom("same", "opposite") as fc.Arbitrary<Link["side"]>,
      tight: fc.boolean(),
    }),
    { minLength: 2, maxLength: 30 },
  )
  .map(
    (rows): KnowledgeBase => ({
      ...knowledgeBase,
      chains: [],
      // A link from a state to itself is invalid (`self_loop`); every other shape is allowed.
      links: rows.filter((row) => stateKey(row.from) !== stateKey(row.to)).map((row, i) => ({
        id: `generated-${i}`,
        from: row.from,
        to: row.to,
        mechanism: row.mechanism,
        side: row.side,
        symptoms: row.tight ? [{ structure: "soleus", sensations: ["tightness"] }] : [],
        description: "Generated for a property test.",
        sources: ["seed-002"],
        grade: "practitioner-opinion",
      })),
    }),
  );

/** A path is well formed: contiguous, never revisits a state, within the depth limit. */
function expectSimple(path: ChainPath, maxDepth: number): void {
  expect(path.steps.length).toBeGreaterThan(0);
  expect(path.steps.length).toBeLessThanOrEqual(maxDepth);
  const keys = [stateKey(path.start), ...path.steps.map((step) => stateKey(step.to))];
  expect(new Set(keys).size).toBe(keys.length);
  path.steps.forEach((step, i) => {
    expect(step.from).toEqual(i === 0 ? path.start : path.steps[i - 1]!.to);
  });
  expect(path.end).toEqual(path.steps.at(-1)!.to);
}

describe("traversal on arbitrary graphs (property)", () => {
  it("terminates on cyclic graphs, with simple, contiguous paths", () => {
    fc.assert(
      fc.property(graphArb, stateArb, fc.integer({ min: 1, max: 6 }), (kb, start, maxDepth) => {
        for (const path of traceForward(start, { knowledgeBase: kb, maxDepth, side: "left" })) {
          expectSimple(path, maxDepth);
          expect(path.start).toEqual(start);
        }
        for (const explanation of traceBack({ structure: "soleus", sensation: "tightness", side: "right" }, { knowledgeBase: kb, maxDepth })) {
          for (const path of explanation.paths) expectSimple(path, maxDepth);
          expect("structure" in explanation.state).toBe(true);
        }
        compensatorsFor("gluteus-maximus", { knowledgeBase: kb, maxDepth });
        compensatesFor("soleus", { knowledgeBase: kb, maxDepth });
      }),
      { numRuns: runs(150) },
    );
  });

  it("is deterministic: the same query gives the same answer", () => {
    fc.assert(
      fc.property(graphArb, (kb) => {
        const query = { structure: "soleus" as const, sensation: "tightness" as const };
        expect(traceBack(query, { knowledgeBase: kb })).toEqual(traceBack(query, { knowledgeBase: kb }));
      }),
      { numRuns: runs(50) },
    );
  });

  it("carries the side through every step, crossing over on `opposite` links", () => {
    fc.assert(
      fc.property(graphArb, stateArb, (kb, start) => {
        for (const path of traceForward(start, { knowledgeBase: kb, side: "left", maxDepth: 4 })) {
          let side = "left";
          for (const step of path.steps) {
            if (step.link.side === "opposite") side = side === "left" ? "right" : "left";
            expect(step.side).toBe(side);
          }
        }
      }),
      { numRuns: runs(50) },
    );
  });
});

describe("bad input", () => {
  it("throws a typed invalid_input error listing the problems", () => {
    const attempt = (): unknown => traceForward({ structure: "soleus", condition: "sore" } as unknown as State);
    expect(attempt).toThrow(KineticChainError);
    expect(attempt).toThrow(/^traceForward: invalid input/);
    expect(() => traceBack({ structure: "spleen" as StructureId, sensation: "tightness" })).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        issues: [expect.objectContaining({ code: "unknown_reference", value: "spleen" })],
      }),
    );
    expect(() => traceForward({ structure: "spleen", condition: "weak" })).toThrow(/^traceForward: no structure/);
    expect(() => traceBack({ structure: "soleus", sensation: "itching" } as never)).toThrow(/^traceBack: /);
    expect(() => compensatorsFor("spleen" as StructureId)).toThrow(/^compensatorsFor: /);
    expect(() => traceForward({ fault: "knee-valgus" }, { maxDepth: 0 })).toThrow(KineticChainError);
  });

  it("refuses a knowledge base that does not validate", () => {
    const broken = { ...knowledgeBase, links: [{ ...knowledgeBase.links[0]!, sources: ["smith-2099"] }] };
    expect(() => traceForward({ fault: "knee-valgus" }, { knowledgeBase: broken })).toThrow(
      expect.objectContaining({ code: "invalid_knowledge_base" }),
    );
  });

  it("never throws anything but a KineticChainError, whatever JSON it is given (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const calls = [
          () => traceForward(value as State),
          () => traceBack(value as never),
          () => explainPath(value as never),
          () => chainToMermaid(value as never),
          () => listChains(value as never),
          () => listLinks(value as never),
          () => compensatorsFor(value as never),
          () => safeExtendKnowledgeBase(value, {}),
          () => traceForward({ fault: "knee-valgus" }, { knowledgeBase: value as never }),
        ];
        for (const call of calls) {
          try {
            call();
          } catch (error) {
            expect(error).toBeInstanceOf(KineticChainError);
          }
        }
      }),
    );
  });
});

describe("sides and caller data", () => {
  const crossing = (kb: KnowledgeBase): KnowledgeBase => ({
    ...structuredClone(kb),
    links: [
      ...structuredClone(kb.links),
      {
        id: "test-crossing",
        from: { structure: "gluteus-medius", condition: "weak" },
        to: { fault: "contralateral-pelvic-drop" },
        mechanism: "altered-alignment",
        side: "opposite",
        symptoms: [{ structure: "quadratus-lumborum", sensations: ["tightness"] }],
        description: "A link that crosses sides, for the test.",
        sources: ["seed-002"],
        grade: "practitioner-opinion",
        verdict: { status: "unverified", sources: [], note: "Test only." },
      },
    ],
  });

  it("traceBack crosses sides back through an `opposite` link", () => {
    const kb = crossing(knowledgeBase);
    const [best] = traceBack({ structure: "quadratus-lumborum", sensation: "tightness", side: "left" }, { knowledgeBase: kb });
    expect(best?.side).toBe("right");
    expect(best?.paths[0]?.side).toBe("right");
    expect(best?.paths[0]?.steps[0]?.side).toBe("left");
  });

  it("lets observations without a side count for either side", () => {
    const sided = traceBack([
      { structure: "piriformis", sensation: "tightness", side: "right" },
      { structure: "gluteus-minimus", sensation: "tightness" },
    ]);
    expect(sided[0]?.side).toBe("right");
    expect(sided[0]?.explains).toEqual([0, 1]);
  });

  it("never freezes or keeps the caller's knowledge base", () => {
    const kb = crossing(knowledgeBase);
    traceForward({ structure: "gluteus-medius", condition: "weak" }, { knowledgeBase: kb });
    traceBack({ structure: "quadratus-lumborum", sensation: "tightness" }, { knowledgeBase: kb });
    expect(Object.isFrozen(kb.links.at(-1))).toBe(false);
    expect(Object.isFrozen(kb.links[0]!.from)).toBe(false);
  });
});
