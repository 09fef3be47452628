// A React component: give it a runner's report, it shows the triage (red flags first) and the
// likeliest causes with their reasons, or what is wrong with the report.
import { safeAssess } from "kinetic-chain";

export function AssessmentSummary({ report, causes = 3 }) {
  const result = safeAssess(report);
  if (!result.success) {
    return (
      <ul role="alert">
        {result.error.issues.map((issue, i) => (
          <li key={i}>
            {issue.path.join(".")}: {issue.message}
          </li>
        ))}
      </ul>
    );
  }
  const { triage, hypotheses, disclaimer } = result.data;
  return (
    <section>
      <h2 data-level={triage.level}>
        Triage: {triage.level} (running: {triage.running})
      </h2>
      <ul>
        {triage.redFlags.map((flag) => (
          <li key={flag.id}>
            <strong>{flag.label}</strong>: {flag.reason}
          </li>
        ))}
        {triage.reasons.map((reason) => (
          <li key={reason.rule}>{reason.text}</li>
        ))}
      </ul>
      <ol>
        {hypotheses.slice(0, causes).map((hypothesis) => (
          <li key={hypothesis.id}>
            {hypothesis.name}
            <ul>
              {hypothesis.reasons.map((reason) => (
                <li key={reason.rule}>{reason.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p>{disclaimer}</p>
    </section>
  );
}
