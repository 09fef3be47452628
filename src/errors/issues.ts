import { match } from "ts-pattern";

/**
 * Codes of the problems {@link validateKnowledgeBase} reports.
 *
 * - `invalid_shape`: a value does not match its schema (the zod message is kept in `message`).
 * - `duplicate_id`: two items of the same kind share an id.
 * - `unknown_reference`: an id that names a structure, group or role that does not exist.
 * - `not_a_group`: a structure lists as its group a structure that is not a muscle group.
 * - `group_cycle`: groups contain each other in a loop.
 * - `empty_group`: a muscle group with no members.
 * - `missing_source`: a knowledge item that cites no source.
 * - `unknown_source`: a cited source id that is not in the source registry.
 * - `grade_above_sources`: an evidence grade above the ceiling that the kinds of the cited sources
 *   and the verdict allow (see `gradeCeiling` in `kinetic-chain/evidence`): for example a claim
 *   resting only on seed articles graded above `practitioner-opinion`, `moderate` without a
 *   systematic review, trial or two cohorts, or `high` on a seed plus a reference system.
 * - `grade_exceeds_sources`: a chain graded above its weakest link.
 * - `verdict_without_sources`: a research verdict other than `unverified` that cites no source.
 * - `role_conflict`: a structure listed as both primary and secondary in one running role.
 * - `duplicate_key`: a vocabulary lists the same key twice.
 * - `self_loop`: a link whose `from` and `to` are the same state.
 * - `chain_not_connected`: a chain link that does not start where an earlier link of the chain ends.
 * - `non_monotonic_rule`: a rule that raises triage only while a finding is absent (a `not`
 *   condition, or a finding with `present: false`), so that reporting the finding would lower triage.
 * - `unrecognized_keys`: an object has a key its schema does not define (a typo such as
 *   `redflags`); the message names the nearest known key.
 * - `input_too_large`: outside input past the size limits (`INPUT_LIMITS`, `REPORT_LIMITS`).
 * - `unreadable_input`: outside input that could not be read: a getter or Proxy trap threw, or a
 *   value contains itself.
 */
export type KnowledgeIssueCode =
  | "invalid_shape"
  | "duplicate_id"
  | "unknown_reference"
  | "not_a_group"
  | "group_cycle"
  | "empty_group"
  | "missing_source"
  | "unknown_source"
  | "grade_above_sources"
  | "grade_exceeds_sources"
  | "verdict_without_sources"
  | "role_conflict"
  | "duplicate_key"
  | "self_loop"
  | "chain_not_connected"
  | "non_monotonic_rule"
  | "unrecognized_keys"
  | "input_too_large"
  | "unreadable_input";

/**
 * One problem found in a knowledge base.
 *
 * @example
 * ```ts
 * import { type KnowledgeIssue } from "kinetic-chain/knowledge-base";
 *
 * const issue: KnowledgeIssue = {
 *   code: "unknown_source",
 *   path: ["structures", 3, "sources", 0],
 *   value: "smith-2099",
 *   message: 'Unknown source "smith-2099"',
 * };
 * ```
 */
export interface KnowledgeIssue {
  /** What is wrong. */
  readonly code: KnowledgeIssueCode;
  /** Where: keys and indexes from the knowledge base root to the offending value. */
  readonly path: readonly (string | number)[];
  /** The offending value (an id, a grade, a key), where there is one. */
  readonly value?: string;
  /** A readable sentence about the problem. */
  readonly message: string;
}

/**
 * The English sentence for an issue: one switch on the code, so every message lives in one place.
 *
 * @internal
 */
export function issueMessage(
  code: Exclude<KnowledgeIssueCode, "invalid_shape" | "non_monotonic_rule" | "unrecognized_keys" | "input_too_large" | "unreadable_input">,
  value: string,
): string {
  const quoted = JSON.stringify(value);
  return match(code)
    .with("duplicate_id", () => `Duplicate id ${quoted}`)
    .with("unknown_reference", () => `Unknown reference ${quoted}`)
    .with("not_a_group", () => `${quoted} is not a muscle group`)
    .with("group_cycle", () => `Group ${quoted} contains itself`)
    .with("empty_group", () => `Muscle group ${quoted} has no members`)
    .with("missing_source", () => `${quoted} cites no source`)
    .with("unknown_source", () => `Unknown source ${quoted}`)
    .with("grade_above_sources", () => `Grade ${quoted} is above what the kinds of the cited sources and the verdict allow`)
    .with("grade_exceeds_sources", () => `Grade ${quoted} is stronger than the chain's weakest link`)
    .with("verdict_without_sources", () => `Verdict ${quoted} cites no source`)
    .with("role_conflict", () => `${quoted} is both primary and secondary in one role`)
    .with("duplicate_key", () => `Duplicate vocabulary key ${quoted}`)
    .with("self_loop", () => `Link ${quoted} leads from a state to itself`)
    .with("chain_not_connected", () => `Link ${quoted} does not start where an earlier link of the chain ends`)
    .exhaustive();
}
