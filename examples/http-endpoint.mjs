// An HTTP endpoint: POST a runner's report as JSON to /assess and get the assessment back.
// Invalid input gets a 400 with the problems as data (safeAssess never throws at the caller).
//
//   node examples/http-endpoint.mjs            # listens on 127.0.0.1:8787 (PORT to change)
//   curl -d @examples/report.json http://127.0.0.1:8787/assess
import { createServer } from "node:http";
import { safeAssess } from "kinetic-chain";

const MAX_BYTES = 64 * 1024;

/** Reads a request body up to MAX_BYTES, or undefined when it is longer. */
async function body(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const send = (response, status, value) =>
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));

const server = createServer(async (request, response) => {
  if (request.method !== "POST" || request.url !== "/assess") return send(response, 404, { error: "POST a report to /assess" });
  const text = await body(request);
  if (text === undefined) return send(response, 413, { error: "report too large" });
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return send(response, 400, { error: "not JSON" });
  }
  const result = safeAssess(value);
  if (!result.success) return send(response, 400, { error: result.error.message, issues: result.error.issues });
  const { triage, hypotheses, disclaimer } = result.data;
  return send(response, 200, {
    triage: { level: triage.level, running: triage.running, redFlags: triage.redFlags.map((flag) => flag.id) },
    causes: hypotheses.slice(0, 5).map(({ id, name, score, grade }) => ({ id, name, score, grade })),
    disclaimer,
  });
});

server.listen(Number(process.env.PORT ?? 8787), "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`listening on http://127.0.0.1:${port}/assess`);
});
