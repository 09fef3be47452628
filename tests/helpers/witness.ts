import type { Complaint, LeafCondition, Report, Rule, Training } from "../../src";

/** Training data that produce each training signal the rules look at. */
const SIGNAL_DATA: Record<"weekly-increase-over-10" | "weekly-increase-over-30" | "long-run-spike" | "acwr-high", Training> = {
  "weekly-increase-over-10": { weeklyDistancesKm: [20, 23] },
  "weekly-increase-over-30": { weeklyDistancesKm: [20, 30] },
  "long-run-spike": {
    asOf: "2026-03-31",
    runs: [
      { date: "2026-03-10", distanceKm: 10 },
      { date: "2026-03-30", distanceKm: 16 },
    ],
  },
  "acwr-high": {
    asOf: "2026-03-31",
    runs: [
      { date: "2026-03-01", distanceKm: 5 },
      { date: "2026-03-26", distanceKm: 15 },
      { date: "2026-03-28", distanceKm: 15 },
      { date: "2026-03-30", distanceKm: 15 },
    ],
  },
};

/**
 * A minimal report that satisfies every condition of a rule, built from the rule's own data:
 * proof that each rule can fire. `not` conditions are satisfied by leaving their finding out.
 */
export function witness(rule: Rule): Report {
  const complaints: Complaint[] = [];
  const redFlags = new Set<string>();
  const fieldTests: NonNullable<Report["fieldTests"]> = [];
  const changes = new Set<string>();
  let training: NonNullable<Report["training"]> = {};
  const context: NonNullable<Report["context"]> = {};
  const findings: Record<string, boolean> = {};

  const add = (leaf: LeafCondition): void => {
    switch (leaf.kind) {
      case "complaint": {
        const days =
          leaf.minDays !== undefined ? leaf.minDays : leaf.maxDays !== undefined ? Math.min(leaf.maxDays, 2) : undefined;
        complaints.push({
          location: leaf.locatedAt?.[0] ?? leaf.where?.[0] ?? "lower-back",
          side: "left",
          sensations: [leaf.sensations?.[0] ?? "pain"],
          ...(leaf.when === undefined ? {} : { when: [leaf.when[0]!] }),
          ...(leaf.onset === undefined ? {} : { onset: leaf.onset }),
          ...(days === undefined ? {} : { durationDays: days }),
          ...(leaf.minSeverity === undefined ? {} : { severity: leaf.minSeverity }),
          ...(leaf.notRelievedBy === undefined ? {} : { notRelievedBy: [leaf.notRelievedBy[0]!] }),
          ...(leaf.relievedBy === undefined ? {} : { relievedBy: [leaf.relievedBy[0]!] }),
          ...(leaf.aggravatedBy === undefined ? {} : { aggravatedBy: [leaf.aggravatedBy[0]!] }),
        });
        return;
      }
      case "red-flag":
        redFlags.add(leaf.flag);
        return;
      case "finding":
        findings[leaf.finding] = leaf.present ?? true;
        return;
      case "age":
        context.ageYears = leaf.min ?? Math.min(leaf.max ?? 30, 30);
        return;
      case "field-test":
        fieldTests.push(
          leaf.test === "single-leg-squat"
            ? { test: leaf.test, side: "left", quality: "poor", kneeValgus: true }
            : leaf.test === "single-leg-stance-30s"
              ? { test: leaf.test, side: "left", lateralHipPain: true }
              : leaf.test === "trendelenburg"
                ? { test: leaf.test, side: "left", pelvicDrop: true }
                : { test: leaf.test, side: "left", holdSeconds: 20, hamstringsDominant: true },
        );
        return;
      case "training":
        training = { ...training, ...SIGNAL_DATA[leaf.signal] };
        return;
      case "training-change":
        changes.add(leaf.change);
        return;
      case "context":
        if (leaf.factor === "sits-most-of-day") context.sitsMostOfDay = true;
        if (leaf.factor === "postpartum") context.postpartum = true;
        if (leaf.factor === "postpartum-under-12-weeks") context.weeksSinceBirth = 6;
        if (leaf.factor === "pregnant") context.pregnant = true;
        if (leaf.factor === "female") context.sex = "female";
        if (leaf.factor === "age-over-50") context.ageYears = 60;
        if (leaf.factor === "prior-injury-same-side") context.priorInjurySides = ["left"];
        return;
    }
  };
  for (const condition of rule.when) {
    if (condition.kind === "not") continue;
    if (condition.kind === "any") add(condition.of[0]!);
    else add(condition);
  }
  if (complaints.length === 0) complaints.push({ location: "lower-back", side: "left", sensations: ["tightness"] });
  return {
    complaints,
    ...(redFlags.size > 0 ? { redFlags: [...redFlags] as Report["redFlags"] } : {}),
    ...(Object.keys(findings).length > 0 ? { findings: findings as Report["findings"] } : {}),
    ...(fieldTests.length > 0 ? { fieldTests } : {}),
    ...(changes.size > 0 ? { training: { ...training, recentChanges: [...changes] as never } } : { training }),
    context,
  };
}
