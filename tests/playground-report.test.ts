import { describe, expect, it } from "vitest";
import { buildReport, type Question } from "../scripts/site/playground/report";
import { assess, listIntakeQuestions, reportJsonSchema } from "../src";

/** The playground turns intake answers into a report using only the questions and the schema. */
const questions = listIntakeQuestions();
const schema = reportJsonSchema();

describe("the playground's report from intake answers", () => {
  it("fills complaints, field tests, training and context from the questions' paths", () => {
    const [location, sensations] = [questions.find((q) => q.answer === "region-or-structure")!, questions.find((q) => q.fills === "complaints[].sensations")!];
    const fieldTests = questions.filter((q) => q.fills.startsWith("fieldTests[]."));
    const byFill = (fill: string) => fieldTests.find((q) => q.fills === `fieldTests[].${fill}`)!.id;
    const { report, notes } = buildReport(
      questions,
      {
        [location.id]: "gluteus-medius",
        [sensations.id]: ["tightness"],
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

  it("sends a yes or no to report.findings when the question names a finding, even if it names a red flag", () => {
    const asked: Question[] = [
      { id: "q1", answer: "boolean", fills: "findings", finding: "swelling" },
      { id: "q2", answer: "boolean", fills: "findings", finding: "fever", redFlag: "fever" },
      { id: "q3", answer: "boolean", fills: "findings", finding: "limp" },
    ];
    expect(buildReport(asked, { q1: true, q2: false }, schema).report).toEqual({ findings: { swelling: true, fever: false } });
  });

  it("adds a red flag named by a question without a finding when the answer is yes, and nothing for no", () => {
    const asked: Question[] = [
      { id: "q1", answer: "boolean", fills: "redFlags", redFlag: "fever" },
      { id: "q2", answer: "boolean", fills: "redFlags", redFlag: "night-pain" },
    ];
    expect(buildReport(asked, { q1: true, q2: false }, schema).report).toEqual({ redFlags: ["fever"] });
    expect(buildReport(asked, { q2: false }, schema).report).toEqual({});
  });

  it("turns every question the library asks into a report assess accepts", () => {
    const yes = Object.fromEntries(questions.filter((q) => q.answer === "boolean").map((q) => [q.id, true]));
    const where = { [questions.find((q) => q.answer === "region-or-structure")!.id]: "calf", [questions.find((q) => q.fills === "complaints[].sensations")!.id]: ["pain"] };
    const { report } = buildReport(questions, { ...yes, ...where }, schema);
    expect(Object.keys(report).length).toBeGreaterThan(0);
    expect(() => assess(report as never)).not.toThrow();
  });
});
