/**
 * The plan builder: a week-by-week exercise plan from an assessment (or a list of causes), built
 * from the protocols of the causes in play, moving on by criteria from weekly check-ins, with
 * contraindications enforced across merged protocols, and no plan beside danger. It sits above the
 * knowledge base (it can plan from an extended one), so it has its own entry point.
 *
 * @example
 * ```ts
 * import { assess, type Report } from "kinetic-chain/assess";
 * import { buildPlan } from "kinetic-chain/plan";
 *
 * const report: Report = {
 *   complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness"], durationDays: 21,
 *     notRelievedBy: ["stretching", "foam-rolling"] }],
 * };
 * const plan = buildPlan(assess(report), { weeks: 6, sessionsPerWeek: 3, minutesPerSession: 20, equipment: ["band"] });
 * plan.weeks[0]?.sessions[0]?.items.map((item) => `${item.name}: ${item.formatted}`);
 * ```
 *
 * @module
 */
export {
  buildPlan,
  type Plan,
  type PlanAssessment,
  type PlanCheckIn,
  type PlanDrop,
  type PlanItem,
  type PlanOptions,
  type PlanPhase,
  type PlanReturnToRun,
  type PlanSession,
  type PlanWeek,
  type RuledOutReason,
} from "./plan";
