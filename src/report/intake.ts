import { deepFreeze } from "../internal/freeze";
import { once } from "../internal/once";
import { intakeQuestionData } from "./intake.data";
import type { IntakeQuestion } from "./schema";

/**
 * The intake questions, deep-frozen, built on first use.
 *
 * @internal
 */
export const intakeQuestions = /* @__PURE__ */ once((): readonly IntakeQuestion[] => deepFreeze(intakeQuestionData()));
