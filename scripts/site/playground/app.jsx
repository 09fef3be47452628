// The playground: a form generated from listIntakeQuestions(), assess and buildPlan run in the
// browser on every change, and a body map (react-body-highlighter's own SVG) coloured through
// the library's crosswalk.
import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import Model from "react-body-highlighter";
import {
  REGION_STRUCTURES,
  buildPlan,
  getHypothesis,
  getStructure,
  isStructureId,
  listIntakeQuestions,
  listStructures,
  reportJsonSchema,
  safeAssess,
  toVocabulary,
} from "../../../dist/index.js";
import { buildReport } from "./report";

const questions = listIntakeQuestions();
const schema = reportJsonSchema();
const byId = new Map(questions.map((q) => [q.id, q]));

// The example the page opens on (seed 000's runner): answers by question id; answers to
// questions the library no longer asks are dropped.
const EXAMPLE = Object.fromEntries(
  Object.entries({
    location: "gluteus-medius",
    sensations: ["tightness", "soreness"],
    side: "right",
    "when-it-starts": ["after-run", "next-day"],
    duration: "28",
    onset: "gradual",
    "not-relieved-by": ["stretching", "foam-rolling"],
    "field-tests-done": ["single-leg-squat"],
    "field-test-side": "right",
    "single-leg-squat-quality": "fair",
    "single-leg-squat-knee-valgus": true,
    postpartum: true,
  }).filter(([id]) => byId.has(id)),
);

const label = (id) => (isStructureId(id) ? getStructure(id).name : id);
const structuresAt = (location) => REGION_STRUCTURES[location] ?? (isStructureId(location) ? [location] : []);
const bodyKeys = (structures) => [...new Set(structures.flatMap((s) => toVocabulary(s, "react-body-highlighter")))];

function Question({ q, value, onChange, next }) {
  const id = `q-${q.id}`;
  const common = { id, name: q.id, "data-question": q.id };
  let control;
  if (q.answer === "boolean") {
    control = (
      <span className="tri" role="radiogroup" aria-labelledby={`${id}-label`}>
        {[
          ["yes", true],
          ["no", false],
          ["not asked", undefined],
        ].map(([text, v]) => (
          <label key={text}>
            <input type="radio" name={q.id} data-question={q.id} value={text} checked={value === v} onChange={() => onChange(v)} /> {text}
          </label>
        ))}
      </span>
    );
  } else if (q.answer === "multiple") {
    const chosen = value ?? [];
    control = (
      <span className="options">
        {(q.options ?? []).map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              data-question={q.id}
              value={o.value}
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))}
            />{" "}
            {o.label}
          </label>
        ))}
      </span>
    );
  } else if (q.answer === "single" || q.answer === "region-or-structure") {
    const options =
      q.answer === "single"
        ? (q.options ?? []).map((o) => [o.value, o.label])
        : [
            ...Object.keys(REGION_STRUCTURES).map((r) => [r, `Area: ${r.replace(/-/g, " ")}`]),
            ...listStructures().map((s) => [s.id, s.name]),
          ];
    control = (
      <select {...common} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">not asked</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    );
  } else {
    control = <input {...common} type={q.answer === "date" ? "date" : "text"} inputMode={q.answer === "number" ? "decimal" : undefined} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)} />;
  }
  return (
    <div className={next ? "question next" : "question"}>
      <label id={`${id}-label`} htmlFor={id}>
        {q.text}
        {next ? <span className="tag">ask next</span> : null}
      </label>
      {control}
    </div>
  );
}

function BodyMap({ hurts, upstream }) {
  const data = [
    { name: "Where it hurts", muscles: bodyKeys(hurts), frequency: 2 },
    { name: "Upstream", muscles: bodyKeys(upstream), frequency: 1 },
  ].filter((d) => d.muscles.length > 0);
  const colors = ["#f0a030", "#d03030", "#902020"];
  return (
    <figure className="body-map" data-testid="body-map">
      <Model type="anterior" data={data} highlightedColors={colors} style={{ width: "11rem" }} />
      <Model type="posterior" data={data} highlightedColors={colors} style={{ width: "11rem" }} />
      <figcaption>
        <span className="swatch hurt" /> where it hurts ({hurts.map(label).join(", ") || "nothing chosen"}); <span className="swatch up" /> upstream
        causes ({upstream.map(label).join(", ") || "none"})
      </figcaption>
    </figure>
  );
}

function Results({ report }) {
  const result = safeAssess(report);
  if (!result.success) {
    return (
      <section className="error" data-testid="error">
        <h2>The report is not valid yet</h2>
        <ul>
          {result.error.issues.map((issue, i) => (
            <li key={i}>
              {issue.path.join(".")}: {issue.message}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const assessment = result.data;
  const plan = buildPlan(assessment, { weeks: 4 });
  const hurts = (report.complaints ?? []).flatMap((c) => structuresAt(c.location));
  const top = assessment.hypotheses.filter((h) => h.score > 0).slice(0, 3);
  const upstream = [...new Set(top.flatMap((h) => getHypothesis(h.id).states.flatMap((s) => ("structure" in s ? [s.structure] : []))))].filter(
    (s) => !hurts.includes(s),
  );
  return (
    <>
      <section className={`triage level-${assessment.triage.level}`} data-testid="triage">
        <h2>
          Triage: <span data-testid="triage-level">{assessment.triage.level}</span>
        </h2>
        <p>Running: {assessment.triage.running}</p>
        <ul>
          {assessment.triage.redFlags.map((f) => (
            <li key={f.id}>
              <strong>Red flag: {f.label}.</strong> {f.reason}
            </li>
          ))}
          {assessment.triage.reasons.map((r, i) => (
            <li key={i}>{r.text}</li>
          ))}
        </ul>
      </section>
      <BodyMap hurts={hurts} upstream={upstream} />
      <section data-testid="causes">
        <h2>Possible causes, best supported first</h2>
        <ol>
          {assessment.hypotheses.slice(0, 5).map((h) => (
            <li key={h.id}>
              <strong>{h.name}</strong> <span className="tag">score {h.score}</span> <span className="tag">{h.grade}</span>
              <ul>
                {h.reasons.map((r, i) => (
                  <li key={`for-${i}`}>+ {r.text}</li>
                ))}
                {h.against.map((r, i) => (
                  <li key={`against-${i}`}>− {r.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section data-testid="plan">
        <h2>Plan ({plan.status})</h2>
        {plan.weeks.slice(0, 1).map((week) => (
          <div key={week.week}>
            <p>
              Week {week.week}, running: {week.running}. {week.runningNotes.join(" ")}
            </p>
            <ul>
              {(week.sessions[0]?.items ?? []).map((item) => (
                <li key={item.exercise}>
                  {item.name}: {item.formatted}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {plan.notes.map((n, i) => (
          <p key={i}>{n}</p>
        ))}
      </section>
      {(assessment.questions ?? []).length > 0 ? (
        <section data-testid="next-questions">
          <h2>Worth asking next</h2>
          <ul>
            {assessment.questions.slice(0, 5).map((q) => {
              const question = typeof q === "string" ? byId.get(q) : q;
              return question === undefined ? null : <li key={question.id}>{question.text}</li>;
            })}
          </ul>
        </section>
      ) : null}
      <p className="disclaimer">{assessment.disclaimer}</p>
    </>
  );
}

function App() {
  const [answers, setAnswers] = useState(EXAMPLE);
  const { report, notes } = useMemo(() => buildReport(questions, answers, schema), [answers]);
  // What to ask next, when the library suggests it (assessment.questions, ids or questions).
  const assessed = safeAssess(report);
  const next = new Set((assessed.success ? assessed.data.questions ?? [] : []).map((q) => (typeof q === "string" ? q : q.id)));
  return (
    <div className="playground">
      <form className="intake" onSubmit={(e) => e.preventDefault()}>
        <p>
          <button type="button" onClick={() => setAnswers(EXAMPLE)}>
            Example report
          </button>{" "}
          <button type="button" onClick={() => setAnswers({})}>
            Clear
          </button>
        </p>
        {questions.map((q) => (
          <Question key={q.id} q={q} value={answers[q.id]} next={next.has(q.id)} onChange={(v) => setAnswers((old) => ({ ...old, [q.id]: v }))} />
        ))}
      </form>
      <div className="results">
        {notes.map((n) => (
          <p key={n} className="note">
            {n}
          </p>
        ))}
        <Results report={report} />
        <details>
          <summary>The report sent to assess</summary>
          <pre data-testid="report">{JSON.stringify(report, null, 2)}</pre>
        </details>
      </div>
    </div>
  );
}

createRoot(document.getElementById("playground")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
