import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The web worker and React examples, bundled with esbuild as an app would bundle them (the
 * package by its own name) and run in Debian's Chromium from a loopback server.
 */
const root = resolve(import.meta.dirname, "../..");
const out = mkdtempSync(join(tmpdir(), "kinetic-chain-browser-examples-"));
let browser: Browser;
let server: Server;
let base = "";

const PAGE = `<!doctype html><meta charset="utf-8"><title>examples</title><link rel="icon" href="data:,"><div id="react"></div><pre id="worker"></pre><script type="module" src="app.js"></script>`;
const APP = `
import { createRoot } from "react-dom/client";
import { AssessmentSummary } from "./examples/react/AssessmentSummary.jsx";
import { assessInWorker } from "./examples/web-worker/main.js";
import report from "./examples/report.json";

createRoot(document.getElementById("react")).render(<><AssessmentSummary report={report} /><AssessmentSummary report={{ complaints: "hamstrings" }} /></>);
assessInWorker({ ...report, redFlags: ["cannot-bear-weight"] }).then((answer) => {
  document.getElementById("worker").textContent = JSON.stringify(answer);
});
`;

beforeAll(async () => {
  const common = { bundle: true, format: "esm", logLevel: "warning", define: { "process.env.NODE_ENV": '"production"' } } as const;
  await build({ ...common, stdin: { contents: APP, resolveDir: root, loader: "jsx" }, jsx: "automatic", outfile: join(out, "app.js") });
  await build({ ...common, entryPoints: [join(root, "examples/web-worker/worker.js")], outfile: join(out, "worker.js") });
  writeFileSync(join(out, "index.html"), PAGE);
  server = createServer((req, res) => {
    const name = (req.url ?? "/").slice(1) || "index.html";
    const type = { ".html": "text/html", ".js": "text/javascript" }[extname(name)];
    if (type === undefined || name.includes("/")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": type }).end(readFileSync(join(out, name)));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the browser examples in Chromium", () => {
  it("renders the React component and assesses in the web worker, with no console errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base);
    await expect.poll(() => page.locator("#worker").textContent()).not.toBe("");
    const answer = JSON.parse((await page.locator("#worker").textContent())!) as { ok: boolean; triage: { level: string; redFlags: { id: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.triage.redFlags.map((flag) => flag.id)).toEqual(["cannot-bear-weight"]);
    expect(await page.locator("#react h2").first().getAttribute("data-level")).toBe("consult");
    expect(await page.locator("#react ol > li").first().textContent()).toContain("Weak or tiring gluteus maximus");
    expect(await page.locator("#react [role=alert] li").first().textContent()).toMatch(/^complaints: /);
    await page.close();
    expect(errors).toEqual([]);
  });
});
