/**
 * `npm run bench`: speed and size, measured against what a developer would use instead, as
 * ratios within one run (absolute timings on a shared 2-core machine are noisy; ratios are not
 * much). Prints one table and writes it to bench/results.md. Not part of the test suite.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { Bench } from "tinybench";
import { build as tsup } from "tsup";
import { assess, extendKnowledgeBase, knowledgeBase, type Link, listRules, type Report, type Rule, type State, stateKey, type Structure, traceBack } from "../src";
import { factsOf } from "../src/assess/facts";
import { graphOf } from "../src/chains/graph";
import { ConditionSchema, ReportSchema } from "../src/schemas";
import { evaluateRule, type Facts } from "../src/rules/evaluate";
import { candidateRules, factKeys, indexRules } from "../src/rules/trigger";
import { resolveWhere } from "../src/assess/facts";
import { witness } from "../tests/helpers/witness";
import { jsonData, packageOptions, pureSchemas } from "../tsup.config";
import { jsonRulesEngine, runJsonRulesEngine } from "./json-rules-engine";

/** The repository root: `npm run bench` runs from it. */
const root = process.cwd();
interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean | undefined;
}
const rows: Row[] = [];
const row = (measure: string, value: string, target: string, met?: boolean): void => {
  rows.push({ measure, value, target, met });
  console.log(`${met === undefined ? " " : met ? "✓" : "✗"} ${measure}: ${value} (target: ${target})`);
};

/** Mean latency of a finished tinybench task, in milliseconds. */
function meanOf(bench: Bench, name: string): number {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  return result !== undefined && "latency" in result ? result.latency.mean : Number.NaN;
}

/** Realistic reports: one built from every rule's own conditions, and the seed stories. */
const STORIES: Report[] = [
  { complaints: [{ location: "gluteus-medius", side: "right", sensations: ["tightness", "soreness"], durationDays: 28, notRelievedBy: ["stretching", "foam-rolling"] }], context: { postpartum: true } },
  { complaints: [{ location: "hamstrings", side: "left", sensations: ["tightness", "soreness"], durationDays: 60 }] },
  { complaints: [{ location: "upper-buttock", sensations: ["tightness", "soreness"], when: ["after-run"], durationDays: 90, notRelievedBy: ["stretching"] }], context: { sitsMostOfDay: true } },
  { complaints: [{ location: "upper-buttock", side: "left", sensations: ["pain", "numbness"], when: ["sitting"] }] },
  { complaints: [{ location: "lateral-knee", side: "right", sensations: ["pain"], when: ["during-run"] }], training: { weeklyDistancesKm: [30, 32, 40] } },
  { complaints: [{ location: "gluteals", sensations: ["soreness"], when: ["next-day"], durationDays: 2 }], training: { recentChanges: ["more-distance"] } },
  { complaints: [{ location: "lower-back", sensations: ["soreness"], notRelievedBy: ["stretching", "massage"], durationDays: 60 }, { location: "calf", sensations: ["tightness", "fatigue"], durationDays: 60 }] },
  { complaints: [{ location: "groin", side: "right", sensations: ["pain"], when: ["during-run"], durationDays: 14 }], redFlags: ["pain-on-hopping"] },
];
const reports: Report[] = [...listRules().map(witness), ...STORIES];

/** The tally both engines apply to the rules that fired: support minus opposition, triage floor. */
function tally(fired: readonly string[], byId: ReadonlyMap<string, Rule>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const id of fired) {
    for (const effect of byId.get(id)?.then ?? []) {
      if (effect.kind === "support") scores.set(effect.hypothesis, (scores.get(effect.hypothesis) ?? 0) + effect.weight);
      if (effect.kind === "oppose") scores.set(effect.hypothesis, (scores.get(effect.hypothesis) ?? 0) - effect.weight);
      if (effect.kind === "triage") scores.set(`triage:${effect.level}`, 1);
    }
  }
  return scores;
}

async function rulesEngine(): Promise<void> {
  const rules = listRules();
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  const graph = graphOf("bench");
  const facts: Facts[] = reports.map((report) => factsOf(ReportSchema.parse(report), graph));
  const index = indexRules(rules, resolveWhere);
  const ours = (f: Facts): string[] =>
    candidateRules(index, factKeys(f))
      .filter((rule) => evaluateRule(rule, f).holds)
      .map((rule) => rule.id);
  const engine = jsonRulesEngine(rules);
  for (const f of facts) {
    const a = ours(f);
    const b = await runJsonRulesEngine(engine, f, order);
    if (a.join() !== b.join()) throw new Error(`engines disagree: ${a.join()} vs ${b.join()}`);
  }
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench
    .add("kinetic-chain rules engine", () => {
      for (const f of facts) tally(ours(f), byId);
    })
    .add("json-rules-engine", async () => {
      for (const f of facts) tally(await runJsonRulesEngine(engine, f, order), byId);
    })
    .add("assess (everything, incl. graph tracing)", () => {
      for (const report of reports) assess(report);
    });
  await bench.run();
  const mean = (name: string): number => meanOf(bench, name);
  const ratio = mean("json-rules-engine") / mean("kinetic-chain rules engine");
  console.log(bench.table());
  row(
    `Rules engine vs json-rules-engine (${rules.length} rules, ${reports.length} reports, identical results)`,
    `${ratio.toFixed(0)}× faster (${(mean("kinetic-chain rules engine") * 1000 / reports.length).toFixed(1)} µs vs ${(mean("json-rules-engine") * 1000 / reports.length).toFixed(1)} µs per report)`,
    "≥ 50× faster",
    ratio >= 50,
  );
  row("Full assess per report (validation, facts, rules, graph tracing, ranking)", `${((mean("assess (everything, incl. graph tracing)") * 1000) / reports.length).toFixed(1)} µs`, "informational");
}

/** Synthetic evidence for generated links: the weakest there is. */
const SYNTHETIC = {
  description: "Synthetic.", sources: ["seed-002"], grade: "practitioner-opinion" as const,
  verdict: { status: "unverified" as const, sources: [], note: "Synthetic." },
};

/** A state of copy `i`: structures renamed, movement faults kept, so every copy runs through the built-in fault nodes. */
const copyState = (state: State, i: number): State => ("fault" in state ? state : { structure: `${state.structure}-copy-${i}`, condition: state.condition });

/**
 * The built-in knowledge base with (factor − 1) copies of its structures and links, and as many
 * synthetic rules on the copies' structures (which no report names). Movement faults are single nodes, so each copy's links into
 * and out of a fault join the built-in ones: a trace through a fault meets every copy.
 */
function scaled(factor: number): { kb: typeof knowledgeBase; rules: readonly Rule[] } {
  const structures: Structure[] = [];
  const links: Link[] = [];
  const rules: Rule[] = [];
  for (let i = 1; i < factor; i += 1) {
    for (const s of knowledgeBase.structures) structures.push({ ...s, id: `${s.id}-copy-${i}`, groups: s.groups.map((g) => `${g}-copy-${i}`) });
    for (const l of knowledgeBase.links) {
      links.push({ ...l, id: `${l.id}-copy-${i}`, from: copyState(l.from, i), to: copyState(l.to, i), symptoms: l.symptoms.map((x) => ({ ...x, structure: `${x.structure}-copy-${i}` })) });
    }
  }
  for (let i = 0; i < (factor - 1) * listRules().length; i += 1) {
    rules.push({
      id: `synthetic-rule-${i}`, description: "Synthetic.", sources: ["seed-002"], grade: "practitioner-opinion",
      when: [{ kind: "complaint", where: [structures[i % structures.length]?.id ?? ""], sensations: ["tightness"] }],
      then: [{ kind: "support", hypothesis: "training-load-error", weight: 0.1 }],
    });
  }
  const kb = factor === 1 ? knowledgeBase : extendKnowledgeBase(knowledgeBase, { structures, links });
  return { kb, rules };
}

async function scale(): Promise<void> {
  const observation = { structure: "gluteus-medius" as const, sensation: "tightness" as const, side: "right" as const, notRelievedBy: ["stretching" as const] };
  const timings = new Map<number, { assess: number; trace: number }>();
  for (const factor of [1, 10, 100]) {
    const { kb, rules } = scaled(factor);
    const options = { knowledgeBase: kb, rules };
    for (const report of STORIES) assess(report, options); // validate and index once, outside the timing
    const bench = new Bench({ time: 1500, warmupTime: 200 });
    bench
      .add("assess", () => {
        for (const report of STORIES) assess(report, options);
      })
      .add("traceBack", () => {
        traceBack(observation, { knowledgeBase: kb });
      });
    await bench.run();
    const mean = (name: string): number => meanOf(bench, name);
    timings.set(factor, { assess: mean("assess"), trace: mean("traceBack") });
    console.log(`  ${factor}×: ${kb.structures.length} structures, ${kb.links.length} links, ${listRules().length + rules.length} rules: assess ${(mean("assess") / STORIES.length).toFixed(3)} ms/report, traceBack ${mean("traceBack").toFixed(3)} ms`);
  }
  const base = timings.get(1) as { assess: number; trace: number };
  for (const factor of [10, 100]) {
    const t = timings.get(factor) as { assess: number; trace: number };
    const target = factor === 100 ? "≤ 3× the built-in" : "informational";
    const copies = `${factor}× copies of the knowledge base through the shared fault nodes`;
    row(`assess on ${copies}, ${factor}× the rules`, `${(t.assess / base.assess).toFixed(2)}× the built-in`, target, factor === 100 ? t.assess / base.assess <= 3 : undefined);
    row(`traceBack on ${copies}`, `${(t.trace / base.trace).toFixed(2)}× the built-in`, target, factor === 100 ? t.trace / base.trace <= 3 : undefined);
  }
}

/** A deterministic pseudo-random generator (a linear congruential one), so every run builds the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const structure = (id: string, kind: Structure["kind"], groups: string[]): Structure => ({
  id, name: id, aliases: [], kind, region: "hip", groups, actions: [], ontology: {}, description: "Synthetic.", sources: ["wger"], grade: "reference",
});

/** Milliseconds one call takes (the mean of `runs`, after one untimed call when `warm`). */
function timed(call: () => unknown, runs = 1, warm = false): number {
  if (warm) call();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) call();
  return (performance.now() - start) / runs;
}

/** Growth: inputs built to be slow for the traversal and for first use (indexing, validation). */
function growth(): void {
  // 5,000 random links between the built-in structures' states, traced 8 links deep.
  const next = random(16);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const ids = knowledgeBase.structures.map((s) => s.id);
  const conditions = ConditionSchema.options;
  const randomLinks: Link[] = [];
  while (randomLinks.length < 5000) {
    const from = { structure: pick(ids), condition: pick(conditions) };
    const to = { structure: pick(ids), condition: pick(conditions) };
    if (stateKey(from) === stateKey(to)) continue;
    const symptoms = next() < 0.3 ? [{ structure: to.structure, sensations: ["tightness" as const] }] : [];
    randomLinks.push({ id: `random-${randomLinks.length}`, from, to, mechanism: pick(["substitution", "increased-load"] as const), side: pick(["same", "opposite"] as const), symptoms, ...SYNTHETIC });
  }
  const random5000 = extendKnowledgeBase(knowledgeBase, { links: randomLinks });
  const observation = { structure: "gluteus-medius", sensation: "tightness", side: "right", notRelievedBy: ["stretching"] } as const;
  const deep = timed(() => traceBack(observation, { knowledgeBase: random5000, maxDepth: 8 }), 5, true);
  row("traceBack with 5,000 random extra links, 8 links deep (mean of 5)", `${deep.toFixed(1)} ms`, "< 50 ms", deep < 50);

  // First use of an extended knowledge base: indexing it for the graph and the first trace (its
  // validation happened once, in extendKnowledgeBase, which is timed beside it).
  const firstUse = (label: string, additions: Parameters<typeof extendKnowledgeBase>[1], observe: Parameters<typeof traceBack>[0]): void => {
    let kb = knowledgeBase;
    const extend = timed(() => (kb = extendKnowledgeBase(knowledgeBase, additions)));
    const first = timed(() => traceBack(observe, { knowledgeBase: kb }));
    row(`${label}: first traceBack (indexing included)`, `${first.toFixed(0)} ms (extendKnowledgeBase, which validates: ${extend.toFixed(0)} ms)`, "< 1 s", first < 1000);
  };
  const many = Array.from({ length: 50_000 }, (_, i) => structure(`into-${i}`, "muscle", []));
  firstUse(
    "50,000 links into one state",
    {
      structures: many,
      links: many.map((s, i) => ({
        id: `into-${i}`, from: { structure: s.id, condition: "weak" as const }, to: { structure: "gluteus-medius", condition: "overloaded" as const },
        mechanism: "substitution" as const, side: "same" as const, symptoms: [{ structure: "gluteus-medius", sensations: ["tightness" as const] }], ...SYNTHETIC,
      })),
    },
    { structure: "gluteus-medius", sensation: "tightness" },
  );
  const chained = Array.from({ length: 20_001 }, (_, i) => structure(`step-${i}`, "muscle", []));
  const chainLinks = Array.from({ length: 20_000 }, (_, i) => ({
    id: `step-${i}`, from: { structure: `step-${i}`, condition: "weak" as const }, to: { structure: `step-${i + 1}`, condition: "weak" as const },
    mechanism: "increased-load" as const, side: "same" as const, symptoms: [{ structure: `step-${i + 1}`, sensations: ["tightness" as const] }], ...SYNTHETIC,
  }));
  firstUse(
    "A 20,000-link chain",
    { structures: chained, links: chainLinks, chains: [{ id: "long-chain", name: "Long chain", description: "Synthetic.", links: chainLinks.map((l) => l.id), sources: ["seed-002"], grade: "practitioner-opinion" }] },
    { structure: "step-20000", sensation: "tightness" },
  );
  const nested = Array.from({ length: 5000 }, (_, i) => structure(`group-${i}`, "muscle-group", i + 1 < 5000 ? [`group-${i + 1}`] : []));
  firstUse("5,000 nested groups", { structures: [...nested, structure("innermost", "muscle", ["group-0"])] }, { structure: "innermost", sensation: "tightness" });
}

/** Fresh processes per side for the import cost; interleaved, so drift hits both alike. */
const RUNS = 101;

/**
 * The release before issue 11 made every schema a plain constant: its schemas were built by
 * per-schema builder functions on first call. The import cost may not grow by more than 2 ms
 * over it, so the bench builds it from the repository's history and measures it beside today's.
 */
const BEFORE_SCHEMA_CONSTANTS = "06f09ffd3718b03050fc302ed14991c7da2999e6";

/** Copies a built package into a consumer's node_modules under `name`, as npm installs it. */
function install(scratch: string, name: string, from: string): void {
  const target = join(scratch, "node_modules", name);
  mkdirSync(target, { recursive: true });
  cpSync(join(from, "package.json"), join(target, "package.json"));
  cpSync(join(from, "dist"), join(target, "dist"), { recursive: true });
}

/** Builds the package (JavaScript only) into `dir`'s dist with the given esbuild plugins. */
async function buildVariant(dir: string, plugins: Plugin[]): Promise<void> {
  await tsup({ ...packageOptions(join(dir, "dist")), esbuildPlugins: plugins, dts: false, silent: true, config: false });
  cpSync(join(root, "package.json"), join(dir, "package.json"));
}

/** The release before the schema constants, built from git history; undefined without the history. */
function buildBefore(dir: string): string | undefined {
  const archive = spawnSync("git", ["archive", "--format=tar", BEFORE_SCHEMA_CONSTANTS], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) return `not measured: ${archive.stderr.toString().trim() || "no git history"}`;
  mkdirSync(dir, { recursive: true });
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (untar.status !== 0) return `not measured: ${untar.stderr.toString().trim()}`;
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "bench.tsup.config.ts"), 'import { packageOptions } from "./tsup.config";\nexport default { ...packageOptions(), dts: false };\n');
  const built = spawnSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--config", "bench.tsup.config.ts", "--silent"], { cwd: dir });
  return built.status === 0 ? undefined : `not measured: the build failed (${built.stderr.toString().trim().split("\n")[0]})`;
}

async function importCost(): Promise<void> {
  // A consumer's folder with the packages, zod and ts-pattern in its node_modules, copied as npm
  // installs them (symlinked folders would add path lookups that an install does not have).
  const scratch = join(tmpdir(), "kinetic-chain-import");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "node_modules"), { recursive: true });
  install(scratch, "kinetic-chain", root);
  // The same source with each schema built at import: the root built without the lazy-schemas step.
  const eager = join(scratch, "build-eager");
  await buildVariant(eager, [jsonData, pureSchemas]);
  install(scratch, "kinetic-chain-eager", eager);
  const before = join(scratch, "build-before");
  const beforeMissing = buildBefore(before);
  if (beforeMissing === undefined) install(scratch, "kinetic-chain-before", before);
  for (const dep of ["zod", "ts-pattern"]) cpSync(join(root, "node_modules", dep), join(scratch, "node_modules", dep), { recursive: true, dereference: true });
  // Each fresh process times its own import, so both sides share Node's start-up, which varies
  // by several milliseconds from one process to the next and is the same whatever is imported.
  const probe = (specifier: string): string =>
    `const start = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - start));`;
  const sides = ["zod/mini", "kinetic-chain", "kinetic-chain-eager", ...(beforeMissing === undefined ? ["kinetic-chain-before"] : [])];
  for (const side of sides) writeFileSync(join(scratch, `${side.replace("/", "-")}.mjs`), probe(side));
  // What importing does not pay is paid by the first call: parsing and freezing the data it
  // reads, building the schemas, rules and graph indexes. Timed once per fresh process too.
  const report = { complaints: [{ location: "lateral-knee", sensations: ["pain"], when: ["during-run"] }] };
  writeFileSync(
    join(scratch, "first.mjs"),
    `const { assess } = await import("kinetic-chain"); const start = performance.now(); assess(${JSON.stringify(report)}); process.stdout.write(String(performance.now() - start));`,
  );
  const run = (file: string): number => {
    const result = spawnSync(process.execPath, [file], { cwd: scratch });
    if (result.status !== 0) throw new Error(result.stderr.toString());
    return Number(result.stdout.toString());
  };
  const times = new Map<string, number[]>(sides.map((side) => [side, []]));
  const first: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    // Rotate which side goes first, so none always follows another.
    for (let k = 0; k < sides.length; k += 1) {
      const side = sides[(i + k) % sides.length] as string;
      times.get(side)?.push(run(`${side.replace("/", "-")}.mjs`));
    }
    if (i % 4 === 0) first.push(run("first.mjs"));
  }
  rmSync(scratch, { recursive: true, force: true });
  const quantile = (values: number[], q: number): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] as number;
  // zod/mini's own import varies by several milliseconds between processes; the median of the
  // paired differences is the figure, and the middle half of them shows the spread.
  const versus = (side: string, base: string): { median: number; text: string } => {
    const a = times.get(side) ?? [];
    const b = times.get(base) ?? [];
    const differences = a.map((value, i) => value - (b[i] as number));
    const median = quantile(differences, 0.5);
    const sign = median >= 0 ? "+" : "";
    return { median, text: `${sign}${median.toFixed(1)} ms (${quantile(a, 0.5).toFixed(1)} vs ${quantile(b, 0.5).toFixed(1)} ms; middle half ${quantile(differences, 0.25).toFixed(1)} to ${quantile(differences, 0.75).toFixed(1)} ms)` };
  };
  const shipped = versus("kinetic-chain", "zod/mini");
  row(`Import cost: a fresh process importing kinetic-chain vs one importing zod/mini alone (median of ${RUNS} paired runs)`, shipped.text, "≤ +5 ms", shipped.median <= 5);
  if (beforeMissing === undefined) {
    const growth = versus("kinetic-chain", "kinetic-chain-before");
    row("Import cost vs the release before the schemas became plain constants (its schemas built by per-schema builder functions), same runs", growth.text, "≤ +2 ms", growth.median <= 2);
  } else {
    row("Import cost vs the release before the schemas became plain constants", beforeMissing, "≤ +2 ms", false);
  }
  row("What building every schema at import would add: the same source built without the lazy-schemas step, vs as shipped, same runs", versus("kinetic-chain-eager", "kinetic-chain").text, "informational");
  row(`First assess in a fresh process, after the import (builds what it reads; median of ${first.length})`, `${quantile(first, 0.5).toFixed(1)} ms`, "informational");
}

async function sizes(): Promise<void> {
  const scratch = join(tmpdir(), "kinetic-chain-sizes");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "node_modules"), { recursive: true });
  symlinkSync(root, join(scratch, "node_modules", "kinetic-chain"), "dir");
  const gz = async (contents: string, resolveDir = scratch): Promise<number> => {
    const out = await build({ stdin: { contents, resolveDir, loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "neutral", write: false, logLevel: "silent", nodePaths: [join(root, "node_modules")] });
    return gzipSync(out.outputFiles[0]?.text ?? "", { level: 9 }).length;
  };
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  // Every data module (`data.ts` and `*.data.ts`, as the build finds them), and the region table.
  const dataFiles = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => /(?:^|[\\/])(?:[\w-]+\.)?data\.ts$/.test(file))
    .map((file) => join(root, "src", file))
    .concat([join(root, "src/assess/regions.ts")])
    .filter((file) => existsSync(file));
  const data = await gz(dataFiles.map((file, i) => `export * as d${i} from ${JSON.stringify(file)};`).join("\n"), root);
  const zodMini = await gz('import * as z from "zod/mini"; console.log(z);', root);
  const a = await gz('import { getStructure } from "kinetic-chain"; console.log(getStructure("soleus"));');
  const b = await gz('import { assess } from "kinetic-chain"; console.log(assess);');
  const c = await gz('import { buildPlan } from "kinetic-chain"; console.log(buildPlan);');
  const d = await gz('import * as kc from "kinetic-chain"; console.log(kc);');
  const structuresData = await gz(`export * from ${JSON.stringify(join(root, "src/structures/data.ts"))};`, root);
  // What the Foundation issue requires of every structure (ids, names, Latin names, aliases, kind,
  // region, groups, actions, ontology ids, sources, evidence): the records without descriptions.
  const required = await gz(`export const records = ${JSON.stringify(knowledgeBase.structures.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== "description"))))};`, root);
  row("Bundle floor: all knowledge data, minified + gzipped", kb(data), "floor");
  row("Bundle floor: zod/mini, minified + gzipped", kb(zodMini), "reference");
  // Errors are worded by the library itself, so zod's English locale is never needed: measure what it would add, and that safeAssess leaves it out.
  const plainString = await gz('import { string } from "zod/mini"; console.log(string());', root);
  const withLocale = await gz('import { config, string } from "zod/mini"; import { en } from "zod/v4/locales"; config(en()); console.log(string());', root);
  const safe = await build({ stdin: { contents: 'import { safeAssess } from "kinetic-chain"; console.log(safeAssess);', resolveDir: scratch, loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "neutral", write: false, logLevel: "silent", nodePaths: [join(root, "node_modules")] });
  const localeBundled = /Too big: expected|Invalid string: must/.test(safe.outputFiles[0]?.text ?? "");
  row("zod's English locale (error messages): what it would add to zod/mini, and whether safeAssess bundles it", `+${kb(withLocale - plainString)}; ${localeBundled ? "bundled" : "not bundled (the library words its own errors)"}`, "not bundled", !localeBundled);
  row(
    `(a) one structure accessor (getStructure); its structure data alone is ${kb(structuresData)}, and without descriptions ${kb(required)}`,
    kb(a),
    "≤ 3 KB",
    a <= 3 * 1024,
  );
  row("(b) assess", kb(b), "informational");
  row("(c) buildPlan", kb(c), "informational");
  row("(d) everything", `${kb(d)} = ${(d / (data + zodMini)).toFixed(2)} × (data + zod/mini)`, "≤ 1.5 × (data + zod/mini)", d <= 1.5 * (data + zodMini));
  rmSync(scratch, { recursive: true, force: true });
}

function mutationScore(): void {
  const file = join(root, "reports", "mutation", "mutation.json");
  const configured = (JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8")) as { mutate: string[] }).mutate;
  if (!existsSync(file)) {
    row(`Mutation score (Stryker; scope: ${configured.join(", ")})`, "not run: `npm run mutation` first", "≥ 80%");
    return;
  }
  const report = JSON.parse(readFileSync(file, "utf8")) as { files: Record<string, { mutants: { status: string }[] }> };
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const killed = mutants.filter((m) => m.status === "Killed").length;
  const timedOut = mutants.filter((m) => m.status === "Timeout").length;
  const detected = killed + timedOut;
  const valid = mutants.filter((m) => m.status !== "CompileError" && m.status !== "RuntimeError" && m.status !== "Ignored").length;
  const score = (100 * detected) / valid;
  const scope = Object.keys(report.files);
  const stale = configured.filter((path) => !scope.includes(path));
  row(
    `Mutation score (Stryker; scope: ${scope.join(", ")}${stale.length === 0 ? "" : `; configured but not in this report: ${stale.join(", ")}`})`,
    `${score.toFixed(1)}% (${detected}/${valid} detected: ${killed} failed a test, ${timedOut} timed out)`,
    "≥ 80%",
    score >= 80,
  );
}

await rulesEngine();
await scale();
growth();
await importCost();
await sizes();
mutationScore();

const table = [
  "| Measure | Result | Target | Met |",
  "| --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.target} | ${r.met === undefined ? "" : r.met ? "yes" : "no"} |`),
].join("\n");
writeFileSync(
  join(root, "bench", "results.md"),
  `# Benchmark results\n\nWritten by \`npm run bench\` (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}). ` +
    "Timings are ratios within one run; see bench/README.md for how each figure is made.\n\n" +
    `${table}\n`,
);
console.log(`\n${table}\n\nwritten to bench/results.md`);
