import { describe, expect, it } from "vitest";
import {
  assess,
  buildPlan,
  extendKnowledgeBase,
  getExercise,
  getProtocol,
  knowledgeBase,
  listProtocols,
  safeAssess,
  safeExtendKnowledgeBase,
  validateKnowledgeBase,
  type Exercise,
  type Hypothesis,
  type Protocol,
  type Rule,
} from "../src";

/** An app's own cause, with the rule that raises it, an exercise and a protocol: popliteus tendinopathy. */
const hypothesis: Hypothesis = {
  id: "popliteus-tendinopathy",
  name: "Popliteus tendinopathy",
  kind: "injury",
  description: "Pain at the back and outer side of the knee from the small tendon that unlocks the knee, often after downhill running.",
  states: [],
  running: "reduce",
  sources: ["van-der-worp-2012"],
  grade: "low",
};

const rule: Rule = {
  id: "back-of-knee-pain-downhill",
  description: "Pain behind the knee that is worse running downhill fits an irritated popliteus tendon.",
  when: [{ kind: "complaint", locatedAt: ["posterior-knee"], aggravatedBy: ["downhill"] }],
  then: [{ kind: "support", hypothesis: "popliteus-tendinopathy", weight: 0.9 }],
  sources: ["van-der-worp-2012"],
  grade: "low",
};

const exercise: Exercise = { ...getExercise("glute-bridge"), id: "popliteus-isometric-hold", name: "Popliteus isometric hold", aliases: [], easier: [], harder: [] };

const template = listProtocols()[0] as Protocol;
const protocol: Protocol = {
  ...template,
  id: "protocol-popliteus-tendinopathy",
  name: "Loading the popliteus",
  hypothesis: "popliteus-tendinopathy",
  phases: [{ ...(template.phases[0] as Protocol["phases"][number]), items: [{ exercise: "popliteus-isometric-hold", dosage: exercise.dosage, why: "Loads the tendon without compressing it." }] }],
};

const report = { complaints: [{ location: "posterior-knee", side: "left" as const, sensations: ["pain" as const], onset: "gradual" as const, aggravatedBy: ["downhill" as const] }] };

describe("one knowledge base for every domain", () => {
  it("holds every domain under its own name", () => {
    for (const key of ["sources", "structures", "roles", "vocabularies", "links", "chains", "redFlags", "hypotheses", "rules", "questions", "exercises", "progressions", "protocols", "loadGuidelines"] as const) {
      expect(knowledgeBase[key].length, key).toBeGreaterThan(0);
    }
    expect(validateKnowledgeBase(knowledgeBase)).toEqual([]);
  });

  it("ranks an app's hypothesis with its protocol, and plans its exercise, exactly like built-in ones", () => {
    const kb = extendKnowledgeBase(knowledgeBase, { hypotheses: [hypothesis], rules: [rule], exercises: [exercise], protocols: [protocol] });
    const result = assess(report, { knowledgeBase: kb });
    expect(result.hypotheses[0]).toMatchObject({ id: "popliteus-tendinopathy", protocols: ["protocol-popliteus-tendinopathy"], running: "reduce" });
    expect(result.protocols).toContain("protocol-popliteus-tendinopathy");
    const plan = buildPlan(result, { knowledgeBase: kb });
    expect(plan.weeks[0]?.sessions[0]?.items.map((item) => item.exercise)).toContain("popliteus-isometric-hold");
    // The built-in knowledge base is untouched, and without the extension the cause is unknown.
    expect(assess(report).hypotheses.map((h) => h.id)).not.toContain("popliteus-tendinopathy");
    expect(() => getProtocol("protocol-popliteus-tendinopathy" as never)).toThrow();
  });

  it("refuses a hypothesis or rule graded high on a seed alone, with a typed issue", () => {
    const result = safeExtendKnowledgeBase(knowledgeBase, {
      hypotheses: [{ ...hypothesis, sources: ["seed-000"], grade: "high" }],
      rules: [{ ...rule, sources: ["seed-000"], grade: "high" }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const above = result.error.issues.filter((issue) => issue.code === "grade_above_sources").map((issue) => issue.path.slice(0, 1)[0]);
      expect(above.sort()).toEqual(["hypotheses", "rules"]);
    }
  });

  it("refuses references to what does not exist, and never lets an addition replace or weaken a built-in", () => {
    const broken = safeExtendKnowledgeBase(knowledgeBase, {
      exercises: [exercise],
      protocols: [{ ...protocol, hypothesis: "nope" }],
      rules: [{ ...rule, then: [{ kind: "support", hypothesis: "nope", weight: 1 }] }],
    });
    expect(!broken.success && broken.error.issues.map((i) => `${i.code} ${i.path.slice(0, 2).join(".")}`).sort()).toEqual(
      [`unknown_reference protocols.${knowledgeBase.protocols.length}`, `unknown_reference rules.${knowledgeBase.rules.length}`].sort(),
    );
    const replaced = safeExtendKnowledgeBase(knowledgeBase, { hypotheses: [{ ...hypothesis, id: "bone-stress-injury-high-risk", triage: { level: "self-care", running: "continue" } }] });
    expect(!replaced.success && replaced.error.issues[0]?.code).toBe("duplicate_id");
    const lowering = safeExtendKnowledgeBase(knowledgeBase, {
      rules: [{ ...rule, when: [{ kind: "finding", finding: "swelling", present: false }], then: [{ kind: "triage", level: "consult", running: "reduce" }] }],
    });
    expect(!lowering.success && lowering.error.issues[0]?.code).toBe("non_monotonic_rule");
  });

  it("treats options.rules as sugar for an extension, validated once per rules array", () => {
    const rules = [{ ...rule, then: [{ kind: "support" as const, hypothesis: "iliotibial-band-syndrome", weight: 0.9 }] }];
    const first = assess(report, { rules });
    expect(first.firedRules).toContain("back-of-knee-pain-downhill");
    expect(safeAssess(report, { rules: [{ ...rule, sources: ["nope"] }] }).success).toBe(false);
  });
});
