// A web worker that assesses off the main thread: post it a report, get back the assessment
// (or the problems with the report). Bundle it with your app's bundler as a worker entry.
import { safeAssess } from "kinetic-chain";

self.addEventListener("message", (event) => {
  const result = safeAssess(event.data);
  self.postMessage(
    result.success
      ? { ok: true, triage: result.data.triage, causes: result.data.hypotheses.slice(0, 3).map((h) => h.name) }
      : { ok: false, issues: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) },
  );
});
