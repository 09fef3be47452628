// `npm run docs`: builds the documentation site into site/ from the built package (dist/):
// the API reference and guides (typedoc, into site/api), knowledge pages generated from the
// library's data with chain diagrams drawn as inline SVG, a search index of every knowledge
// name, and the playground bundled with esbuild. Relative links and no fetch, so the site works
// from file:// and from any static host.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { html, page } from "./html.mjs";
import { knowledgePages } from "./knowledge.mjs";

const here = import.meta.dirname;
const root = resolve(here, "../..");
const out = join(root, "site");
const kc = await import(pathToFileURL(join(root, "dist/index.js")).href);

rmSync(out, { recursive: true, force: true });
execFileSync(join(root, "node_modules/.bin/typedoc"), ["--out", join(out, "api")], { cwd: root, stdio: "inherit" });

const write = (path, text) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};

const { pages, search } = knowledgePages(kc);
for (const { path, html: text } of pages) write(path, text);
write("assets/search-index.js", `window.KC_SEARCH = ${JSON.stringify(search)};\n`);
for (const file of ["site.css", "site.js", "favicon.svg"]) copyFileSync(join(here, "assets", file), join(out, "assets", file));

write(
  "playground/index.html",
  page({
    title: "Playground",
    root: "../",
    body: html`<p class="lead">Answer the intake questions (the form is built from <code>listIntakeQuestions()</code>); <code>assess</code> and <code>buildPlan</code> run in this page on every change. It opens on an example report.</p><div id="playground"><noscript>The playground needs JavaScript.</noscript></div>`,
    scripts: ["playground/playground.js"],
  }),
);
await build({
  entryPoints: [join(here, "playground/app.jsx")],
  bundle: true,
  format: "iife",
  minify: true,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: join(out, "playground/playground.js"),
  logLevel: "warning",
});

write(
  "index.html",
  page({
    title: "kinetic-chain documentation",
    root: "",
    body: html`<p class="lead">A typed, tested knowledge base of the running body, for apps that help runners.</p>
<ul>
<li><a href="api/index.html">API reference and guides</a> (concepts, assessment, protocols, evidence)</li>
<li><a href="knowledge/index.html">Knowledge</a>: ${kc.listStructures().length} structures, ${kc.listChains().length} chains drawn, ${kc.listHypotheses().length} causes, ${kc.listExercises().length} exercises, ${kc.listRedFlags().length} red flags, ${kc.listSources().length} sources</li>
<li><a href="playground/index.html">Playground</a>: a runner's report in, triage, causes, a plan and a body map out</li>
</ul>`,
  }),
);
console.log(`site: ${pages.length + 2} pages and the API reference in ${out}`);
