import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The command-line and HTTP examples, run as a user would run them: `node examples/...`, importing
 * the package by its own name, so they need the build (`npm run build`, done by `npm run check`).
 * The web worker and React examples run in Chromium (tests/browser/examples.test.ts).
 */
const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "kinetic-chain-examples-"));

/** Runs the CLI example; resolves with its exit code and output, whatever the code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["examples/cli.mjs", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe("examples/cli.mjs", () => {
  it("prints the triage, causes and first week for a report file", async () => {
    const { code, stdout } = await cli("examples/report.json");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^TRIAGE consult; running: reduce$/m);
    expect(stdout).toContain("Weak or tiring gluteus maximus");
    expect(stdout).toMatch(/WEEK 1[\s\S]*Glute bridge: 3 × 10/);
  });

  it("explains an invalid report and exits with status 1", async () => {
    const file = join(scratch, "bad.json");
    writeFileSync(file, JSON.stringify({ complaints: [{ location: "hamstrings", sensations: ["itchy"] }] }));
    const { code, stdout, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("is not a valid report");
    expect(stderr).toMatch(/complaints\.0\.sensations\.0: /);
  });

  it("says so when the file cannot be read", async () => {
    const { code, stderr } = await cli(join(scratch, "missing.json"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cannot read /);
  });
});

describe("examples/http-endpoint.mjs", () => {
  let server: ChildProcess;
  let url = "";

  beforeAll(async () => {
    server = spawn(process.execPath, ["examples/http-endpoint.mjs"], { cwd: root, env: { ...process.env, PORT: "0" } });
    url = await new Promise<string>((done, fail) => {
      server.stdout?.on("data", (chunk: Buffer) => {
        const found = /http:\/\/127\.0\.0\.1:\d+\/assess/.exec(chunk.toString());
        if (found) done(found[0]);
      });
      server.on("exit", (code) => fail(new Error(`the example exited with ${code}`)));
    });
  });

  afterAll(() => {
    server?.kill();
  });

  const post = (body: string) => fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });

  it("assesses a posted report", async () => {
    const response = await post(JSON.stringify({ complaints: [{ location: "hamstrings", sensations: ["tightness"], durationDays: 60 }], redFlags: ["fever"] }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { triage: { level: string; redFlags: string[] }; causes: { id: string }[] };
    expect(body.triage.redFlags).toEqual(["fever"]);
    expect(body.triage.level).not.toBe("self-care");
    expect(body.causes.length).toBeGreaterThan(0);
  });

  it("answers 400 with the issues for an invalid report, and for text that is not JSON", async () => {
    const invalid = await post(JSON.stringify({ complaints: "hamstrings" }));
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { issues: { path: string[] }[] }).issues[0]?.path).toEqual(["complaints"]);
    const garbled = await post("{");
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toEqual({ error: "not JSON" });
  });

  it("answers 404 elsewhere", async () => {
    expect((await fetch(url.replace("/assess", "/"))).status).toBe(404);
  });
});
