import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChains, listExercises, listHypotheses, listIntakeQuestions, listStructures } from "../../src";

/**
 * The built site (`npm run docs` first) in Debian's Chromium: from a loopback HTTP server and
 * from file://. Screenshots go to screenshots/ for review.
 */
const site = resolve(import.meta.dirname, "../../site");
const shots = resolve(import.meta.dirname, "../../screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

let browser: Browser;
let server: Server;
let base = "";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const pages = (): string[] => files(site).filter((f) => f.endsWith(".html"));

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = createServer((req, res) => {
    const path = join(site, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = path.endsWith("/") ? join(path, "index.html") : path;
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens `path` and collects console errors and page errors while it loads. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

describe("the site's files", () => {
  it("has a page for every structure, exercise, cause and chain, each chain drawn as inline SVG", () => {
    for (const s of listStructures()) expect(readFileSync(join(site, "knowledge/structures", `${s.id}.html`), "utf8")).toContain(`<h1>${s.name}</h1>`);
    for (const e of listExercises()) expect(existsSync(join(site, "knowledge/exercises", `${e.id}.html`))).toBe(true);
    for (const h of listHypotheses()) expect(existsSync(join(site, "knowledge/hypotheses", `${h.id}.html`))).toBe(true);
    for (const c of listChains()) expect(readFileSync(join(site, "knowledge/chains", `${c.id}.html`), "utf8")).toMatch(/<svg class="chain-diagram"[^>]*>[\s\S]*<rect/);
    for (const file of pages()) expect(readFileSync(file, "utf8"), file).not.toMatch(/<li>\s*<\/li>|<li>\s*<li>/);
  });

  it("resolves every internal link and anchor of every page", () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    const all = pages();
    for (const file of all) {
      for (const [, href] of readFileSync(file, "utf8").matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(href!) || href!.startsWith("#")) continue;
        const [path, anchor] = href!.split("#");
        const target = resolve(file, "..", decodeURI(path!));
        if (!existsSync(target)) broken.push(`${relative(site, file)} → ${href}`);
        else if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${relative(site, file)} → ${href} (no anchor)`);
      }
    }
    expect(all.length).toBeGreaterThan(listStructures().length + listExercises().length);
    expect(broken).toEqual([]);
  });
});

describe("the site in Chromium", () => {
  it("loads its knowledge pages with no console errors", async () => {
    const queue = pages().filter((f) => f.startsWith(join(site, "knowledge")) || f === join(site, "index.html"));
    const errors: string[] = [];
    // A few tabs at once, each taking the next page from the queue.
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        const page = await browser.newPage();
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
        });
        page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
        for (let file = queue.pop(); file !== undefined; file = queue.pop()) await page.goto(base + relative(site, file), { waitUntil: "load" });
        await page.close();
      }),
    );
    expect(errors).toEqual([]);
  });

  it("loads the API reference with no console errors", async () => {
    const { page, errors } = await open(`${base}api/index.html`);
    await page.screenshot({ path: join(shots, "api.png") });
    expect(await page.locator("h1").count()).toBe(1);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("finds Clamshell from the search box, from file:// too", async () => {
    for (const url of [`${base}index.html`, pathToFileURL(join(site, "index.html")).href]) {
      const { page, errors } = await open(url);
      await page.fill("#site-search", "clamsh");
      const result = page.locator("#site-search-results a", { hasText: "Clamshell" }).first();
      await result.waitFor();
      if (url.startsWith("http")) await page.screenshot({ path: join(shots, "search.png") });
      await result.click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Clamshell");
      expect(page.url()).toMatch(/knowledge\/exercises\/clamshell\.html$/);
      await page.close();
      expect(errors).toEqual([]);
    }
  });

  it("draws a chain diagram", async () => {
    const [chain] = listChains();
    const { page, errors } = await open(`${base}knowledge/chains/${chain!.id}.html`);
    const box = await page.locator("svg.chain-diagram").boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    await page.screenshot({ path: join(shots, "chain.png"), fullPage: true });
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe("the playground in Chromium", () => {
  for (const [how, url] of [
    ["over HTTP", () => `${base}playground/index.html`],
    ["from file://", () => pathToFileURL(join(site, "playground/index.html")).href],
  ] as const) {
    it(`shows a triage, causes, a plan and a body map for its example, ${how}`, async () => {
      const { page, errors } = await open(url());
      await expect.poll(() => page.getByTestId("triage-level").textContent()).toMatch(/^(emergency|urgent|consult|self-care)$/);
      expect(await page.getByTestId("causes").locator("li").count()).toBeGreaterThan(0);
      expect(await page.getByTestId("plan").textContent()).toContain("Week 1");
      // The body map is the component's own SVG, with the sore area filled in colour.
      const fills = await page.getByTestId("body-map").locator("polygon").evaluateAll((shapes) => shapes.map((s) => (s as unknown as { style: { fill: string } }).style.fill));
      expect(fills.length).toBeGreaterThan(50);
      expect(fills.filter((fill) => /^(?:rgb\(208, 48, 48\)|rgb\(144, 32, 32\)|#d03030|#902020)$/.test(fill)).length).toBeGreaterThan(0);
      if (how === "over HTTP") await page.screenshot({ path: join(shots, "playground.png"), fullPage: true });
      await page.close();
      expect(errors).toEqual([]);
    });
  }

  it("updates the triage when a finding changes", async () => {
    const { page, errors } = await open(`${base}playground/index.html`);
    const level = page.getByTestId("triage-level");
    await expect.poll(() => level.textContent()).not.toBe("");
    const before = await level.textContent();
    // The first red-flag question, answered yes: its finding (or red flag) reaches the report.
    const question = listIntakeQuestions().find((q) => q.redFlag !== undefined)!;
    await page.locator(`input[type="radio"][data-question="${question.id}"][value="yes"]`).check();
    await expect.poll(() => level.textContent()).not.toBe(before);
    expect(["emergency", "urgent"]).toContain(await level.textContent());
    const report = JSON.parse((await page.getByTestId("report").textContent())!) as { findings?: Record<string, boolean>; redFlags?: string[] };
    expect(question.finding !== undefined ? report.findings?.[question.finding] : report.redFlags?.includes(question.redFlag!)).toBe(true);
    await page.screenshot({ path: join(shots, "playground-red-flag.png"), fullPage: true });
    await page.close();
    expect(errors).toEqual([]);
  });
});
