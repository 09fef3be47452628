import { describe, expect, it } from "vitest";
import {
  assess,
  compareTriage,
  getHypothesis,
  infermedicaLevel,
  isRedFlagId,
  KineticChainError,
  knowledgeBase,
  listProtocols,
  listRedFlags,
  RUNNING_ADVICE,
  safeAssess,
  type Report,
} from "../src";
import { cases as first } from "./fixtures/clinical-reviews/review-1";
import { cases as second } from "./fixtures/clinical-reviews/review-2";
import { cases as third } from "./fixtures/clinical-reviews/review-3";

/**
 * What `assess` reports, field by field, checked over every report of the three clinical reviews
 * (about 360 realistic reports) and on a few chosen ones: each ranked cause carries its own
 * hypothesis's data, its score is support minus opposition, the running advice is at least as
 * strict as the likeliest cause's, and errors name what went wrong.
 */
const reports: readonly Report[] = [...first.map((c) => c.report), ...second.map((c) => c.report), ...third.map((c) => c.report)];
/** Assessed inside each test, not at import: mutation testing credits a test only with the code it runs itself. */
const assessAll = (): ReturnType<typeof assess>[] => reports.map((report) => assess(report));
const sum = (reasons: readonly { weight: number }[]): number => reasons.reduce((total, r) => total + r.weight, 0);
const ruleIds = new Set(knowledgeBase.rules.map((rule) => rule.id));

describe("each ranked cause, over every review report", () => {
  it("carries its hypothesis's verdict, running advice and protocols", () => {
    for (const result of assessAll()) {
      for (const ranked of result.hypotheses) {
        const hypothesis = getHypothesis(ranked.id as never);
        expect(Object.hasOwn(ranked, "verdict"), ranked.id).toBe(hypothesis.verdict !== undefined);
        expect(ranked.verdict).toEqual(hypothesis.verdict);
        expect(ranked.running).toBe(hypothesis.running ?? hypothesis.triage?.running ?? "continue");
        const own = listProtocols({ hypothesis: ranked.id as never }).map((p) => p.id);
        expect(ranked.protocols).toEqual(result.seeProfessionalFirst ? [] : own);
      }
    }
  });

  it("scores support minus opposition, and is listed only with a positive score, a red flag or enough support", () => {
    let opposed = 0;
    for (const result of assessAll()) {
      for (const ranked of result.hypotheses) {
        expect(ranked.support).toBeCloseTo(sum(ranked.reasons), 2);
        expect(ranked.score).toBeCloseTo(sum(ranked.reasons) - sum(ranked.against), 2);
        expect(ranked.score > 0 || ranked.redFlagged || ranked.support >= 0.6, ranked.id).toBe(true);
        if (ranked.against.length > 0) opposed += 1;
      }
    }
    expect(opposed).toBeGreaterThan(10);
  });

  it("ranks red-flagged causes first, then by score, ties by id, each with its strongest reasons first", () => {
    for (const result of assessAll()) {
      result.hypotheses.forEach((h, i) => {
        const next = result.hypotheses[i + 1];
        if (next !== undefined) {
          const order = Number(next.redFlagged) - Number(h.redFlagged) || next.score - h.score || (h.id < next.id ? -1 : 1);
          expect(order, `${h.id} before ${next.id}`).toBeLessThan(0);
        }
        for (const list of [h.reasons, h.against]) list.forEach((r, j) => j === 0 || expect(list[j - 1]!.weight).toBeGreaterThanOrEqual(r.weight));
      });
      expect([...result.reported.hypotheses].sort()).toEqual(result.hypotheses.filter((h) => h.inPlay).map((h) => h.id).sort());
    }
  });

  it("offers protocols only from the three likeliest causes, and none beside danger", () => {
    for (const result of assessAll()) {
      const top = new Set(result.hypotheses.slice(0, 3).flatMap((h) => h.protocols));
      for (const id of result.protocols) expect(top.has(id)).toBe(true);
      if (result.seeProfessionalFirst) expect(result.protocols).toEqual([]);
    }
  });

  it("sets running advice at least as strict as the likeliest cause in play, and fires only known rules", () => {
    const strictness = (advice: string): number => RUNNING_ADVICE.indexOf(advice as never);
    for (const result of assessAll()) {
      const likeliest = result.hypotheses.find((h) => h.inPlay);
      if (likeliest !== undefined) expect(strictness(result.triage.running)).toBeGreaterThanOrEqual(strictness(likeliest.running));
      for (const id of result.firedRules) expect(ruleIds.has(id), id).toBe(true);
      for (const reason of result.triage.reasons) expect(ruleIds.has(reason.rule) || reason.rule.startsWith("hypothesis:"), reason.rule).toBe(true);
    }
  });
});

describe("a report's own words, echoed back", () => {
  it("lists the findings present and the sensations reported, and nothing fires for an empty picture", () => {
    const result = assess({
      complaints: [
        { location: "calf", side: "left", sensations: ["pain", "tightness"] },
        { location: "hamstrings", side: "left", sensations: ["tightness"] },
      ],
      findings: { swelling: true, fever: false, bruising: true },
      redFlags: ["night-pain"],
    });
    expect(result.reported.findings).toEqual(["bruising", "night-pain", "swelling"]);
    expect(result.reported.sensations).toEqual(["pain", "tightness"]);
    const quiet = assess({ complaints: [{ location: "gluteus-medius", sensations: ["fatigue"] }] });
    expect(quiet.triage.reasons).toEqual([]);
    expect(quiet.triage.redFlags).toEqual([]);
  });

  it("describes each red flag, most urgent first, saying which were inferred rather than ticked", () => {
    const result = assess({
      complaints: [{ location: "lower-back", sensations: ["pain"], when: ["at-night"] }],
      redFlags: ["saddle-numbness"],
    });
    const flags = result.triage.redFlags;
    expect(flags.map((flag) => flag.id)).toEqual(["saddle-numbness", "night-pain"]);
    expect(compareTriage(flags[0]!.level, flags[1]!.level)).toBeLessThan(0);
    const byId = new Map(listRedFlags().map((flag) => [flag.id, flag]));
    for (const flag of flags) {
      const known = byId.get(flag.id)!;
      expect(flag).toMatchObject({ label: known.label, level: known.level, running: known.running, reason: known.reason, sources: known.sources });
    }
    expect(flags.map((flag) => flag.inferred)).toEqual([false, true]);
  });

  it("gives each cause a red flag points to a reason naming the flag", () => {
    const result = assess({ complaints: [{ location: "lower-back", sensations: ["pain"] }], redFlags: ["saddle-numbness"] });
    const cauda = result.hypotheses.find((h) => h.id === "cauda-equina-syndrome")!;
    expect(cauda.redFlagged).toBe(true);
    const reason = cauda.reasons.find((r) => r.rule === "red-flag:saddle-numbness")!;
    expect(reason.text).toMatch(/^Red flag: /);
    expect(reason.weight).toBe(0.5);
  });
});

describe("tracing up the chain", () => {
  it("explains tightness that stretching did not settle through the compensation graph, and uses what the runner said did not help", () => {
    const complaint: Report["complaints"][number] = { location: "hamstrings", side: "right", sensations: ["tightness"], durationDays: 21 };
    const traced = assess({ complaints: [{ ...complaint, notRelievedBy: ["stretching"] }] });
    const withPaths = traced.hypotheses.filter((h) => h.reasons.some((r) => r.paths.length > 0));
    expect(withPaths.length).toBeGreaterThan(0);
    // Each traced path starts at the right hamstrings and ends at the cause's upstream state.
    const path = withPaths[0]!.reasons.find((r) => r.paths.length > 0)!.paths[0]!;
    expect(path.steps.length).toBeGreaterThan(0);
    expect(path.side).toBe("right");
    const plain = assess({ complaints: [complaint] });
    const score = (result: typeof traced, id: string): number => result.hypotheses.find((h) => h.id === id)?.score ?? 0;
    expect(score(traced, withPaths[0]!.id)).toBeGreaterThan(score(plain, withPaths[0]!.id));
    expect(traced.firedRules).toContain("chronic-tightness-not-relieved-by-stretching");
  });
});

describe("errors that say what is wrong", () => {
  it("suggests the nearest locations for a misspelt one, and none for gibberish", () => {
    const near = safeAssess({ complaints: [{ location: "gluteus-medus", sensations: ["pain"] }] });
    expect(near.success).toBe(false);
    if (near.success) return;
    expect(near.error).toBeInstanceOf(KineticChainError);
    expect(near.error.message).toMatch(/^assess: Unknown complaint location "gluteus-medus": expected a body region or a structure id; did you mean gluteus-medius/);
    expect(near.error.issues[0]).toMatchObject({ code: "unknown_reference", path: ["complaints", 0, "location"], value: "gluteus-medus" });
    const far = safeAssess({ complaints: [{ location: "zzzzzzzzzzqqq", sensations: ["pain"] }] });
    expect(!far.success && far.error.message).toBe('assess: Unknown complaint location "zzzzzzzzzzqqq": expected a body region or a structure id');
  });

  it("names the rule problems of options.rules, with paths from the rules themselves", () => {
    const rule = { id: "my-rule", description: "Mine.", when: [{ kind: "finding", finding: "fever" }], then: [{ kind: "support", hypothesis: "no-such-cause", weight: 0.5 }], sources: ["seed-000"], grade: "practitioner-opinion" };
    const result = safeAssess({ complaints: [{ location: "calf", sensations: ["pain"] }] }, { rules: [rule] as never });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toMatch(/^assess: 1 problem\(s\) in options\.rules: .*no-such-cause/);
    expect(result.error.issues[0]?.path[0]).toBe("rules");
  });

  it("says an exclusive bound is exclusive", () => {
    const result = safeAssess({ complaints: [{ location: "calf", sensations: ["pain"] }], training: { runs: [{ date: "2025-03-01", distanceKm: 5, durationMin: 0 }] } });
    expect(!result.success && result.error.message).toMatch(/durationMin: expected more than 0; received 0/);
  });
});

describe("triage accessors", () => {
  it("maps each level to Infermedica's, and refuses anything else with a typed error naming it", () => {
    expect(infermedicaLevel("urgent")).toBe("consultation_24");
    expect(() => infermedicaLevel("soon" as never)).toThrow(/not a triage level: "soon"/);
    expect(() => infermedicaLevel(3 as never)).toThrow(/not a triage level: number/);
    expect(() => infermedicaLevel("toString" as never)).toThrow(KineticChainError);
  });

  it("filters red flags by level and recognises their ids", () => {
    const all = listRedFlags();
    const emergencies = listRedFlags({ level: "emergency" });
    expect(emergencies.length).toBeGreaterThan(0);
    expect(emergencies.length).toBeLessThan(all.length);
    expect(emergencies.every((flag) => flag.level === "emergency")).toBe(true);
    expect(emergencies).toEqual(all.filter((flag) => flag.level === "emergency"));
    expect(isRedFlagId("fever")).toBe(true);
    expect(isRedFlagId("fevers")).toBe(false);
  });
});
