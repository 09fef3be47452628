import { describe, expect, it } from "vitest";
import { buildReport, type Question } from "../scripts/site/playground/report";
import { assess, listIntakeQuestions, reportJsonSchema } from "../src";

/** The playground turns intake answers into a report using only the questions and the schema. */
const questions = listIntakeQuestions();
const schema = reportJsonSchema();

describe("the playground's report from intake answers", () => {
  it("fills complaints, field tests, context and red flags from the questions' paths", () => {
    const [location, sensations, redFlag] = [questions.find((q) => q.answer === "region-or-structure")!, questions.find((q) => q.fills === "complaints[].sensations")!, questions.find((q) => q.redFlag !== undefined)!];
    const fieldTests = questions.filter((q) => q.fills.startsWith("fieldTests[]."));
    const byFill = (fill: string) => fieldTests.find((q) => q.fills === `fieldTests[].${fill}`)!.id;
    const { report, notes } = buildReport(
      questions,
      {
        [location.id]: "gluteus-medius",
        [sensations.id]: ["tightness"],
        [redFlag.id]: true,
        [byFill("test")]: ["single-leg-squat", "trendelenburg"],
        [byFill("side")]: "right",
        [byFill("quality")]: "fair",
        [byFill("pelvicDrop")]: false,
        [questions.find((q) => q.fills === "training.weeklyDistancesKm")!.id]: "20, 22 30",
        [questions.find((q) => q.fills === "context.postpartum")!.id]: true,
      },
      schema,
    );
    expect(report).toEqual({
      complaints: [{ location: "gluteus-medius", sensations: ["tightness"] }],
      redFlags: [redFlag.redFlag],
      fieldTests: [
        { test: "single-leg-squat", side: "right", quality: "fair" },
        { test: "trendelenburg", side: "right", pelvicDrop: false },
      ],
      training: { weeklyDistancesKm: [20, 22, 30] },
      context: { postpartum: true },
    });
    expect(notes).toEqual([]);
    expect(() => assess(report as never)).not.toThrow();
  });

  it("leaves out an element its variant's required fields are missing from, and says so", () => {
    const test = questions.find((q) => q.fills === "fieldTests[].test")!;
    const { report, notes } = buildReport(questions, { [test.id]: ["trendelenburg"] }, schema);
    expect(report).toEqual({});
    expect(notes).toEqual(["1 incomplete fieldTests entry left out"]);
  });

  it("sends a question's yes or no to report.findings when the question names a finding", () => {
    const withFinding: Question[] = [{ id: "q1", answer: "boolean", fills: "findings", finding: "night-cramps" }, { id: "q2", answer: "boolean", fills: "findings", finding: "pain-on-stairs" }, { id: "q3", answer: "boolean", fills: "findings", finding: "unasked" }];
    const { report } = buildReport(withFinding, { q1: true, q2: false }, schema);
    expect(report).toEqual({ findings: { "night-cramps": true, "pain-on-stairs": false } });
  });

  it("adds nothing for an unanswered question or a red flag answered no", () => {
    const redFlag = questions.find((q) => q.redFlag !== undefined)!;
    expect(buildReport(questions, { [redFlag.id]: false }, schema).report).toEqual({});
  });
});
