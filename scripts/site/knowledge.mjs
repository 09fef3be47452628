// The knowledge pages, generated from the library's public API: every list the library exports
// is read here at build time, so data added to the library shows up without touching this file.
import { chainSvg } from "./chain-svg.mjs";
import { html, join, list, page } from "./html.mjs";

// Every page but the knowledge index sits two folders down from the site root.
const ROOT = "../../";

/** Every value under a `sources` or `source` key, however deep. */
function citedSources(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) citedSources(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(inner)) for (const id of inner) found.add(id);
      else if (key === "source" && typeof inner === "string") found.add(inner);
      else citedSources(inner, found);
    }
  }
  return found;
}

/** "RedFlags" → "red-flags". */
const slug = (name) => name.replace(/(?<=[a-z])(?=[A-Z])/g, "-").toLowerCase();

/** What to call an item of any collection. */
const itemName = (item) => item.name ?? item.label ?? item.title ?? item.text ?? item.description ?? item.id;

/** Builds every knowledge page from the library `kc`; returns pages and search entries. */
export function knowledgePages(kc) {
  const structures = kc.listStructures();
  const hypotheses = kc.listHypotheses();
  const exercises = kc.listExercises();
  const chains = kc.listChains();
  const links = kc.listLinks();
  const sources = kc.listSources();
  const redFlags = kc.listRedFlags();
  const protocols = kc.listProtocols();
  const rules = kc.listRules();
  const vocabularies = kc.listVocabularies();
  const progressions = kc.listProgressions();

  const href = {
    structure: (id) => `${ROOT}knowledge/structures/${id}.html`,
    hypothesis: (id) => `${ROOT}knowledge/hypotheses/${id}.html`,
    exercise: (id) => `${ROOT}knowledge/exercises/${id}.html`,
    chain: (id) => `${ROOT}knowledge/chains/${id}.html`,
    source: (id) => `${ROOT}knowledge/sources/${id}.html`,
    redFlag: (id) => `${ROOT}knowledge/red-flags/index.html#${id}`,
  };
  const a = (url, text) => html`<a href="${url}">${text}</a>`;
  const structureLink = (id) => (kc.isStructureId(id) ? a(href.structure(id), kc.getStructure(id).name) : id);
  const exerciseLink = (id) => (kc.isExerciseId(id) ? a(href.exercise(id), kc.getExercise(id).name) : id);
  const hypothesisLink = (id) => (kc.isHypothesisId(id) ? a(href.hypothesis(id), kc.getHypothesis(id).name) : id);
  const sourceLink = (id) => (kc.isSourceId(id) ? a(href.source(id), id) : id);
  const sourcesLine = (ids) => html`<p class="sources">Sources: ${join(ids.map(sourceLink))}</p>`;
  const evidence = (item) =>
    html`<p class="evidence">Evidence grade <strong>${item.grade}</strong>${item.verdict
      ? html`; research verdict <strong>${item.verdict.status}</strong>${item.verdict.note ? html`: ${item.verdict.note}` : ""}`
      : ""}</p>${sourcesLine(item.sources ?? [])}`;
  const stateLabel = (state) =>
    "fault" in state ? kc.FAULT_LABELS[state.fault] ?? state.fault : `${kc.isStructureId(state.structure) ? kc.getStructure(state.structure).name : state.structure}: ${state.condition}`;
  const stateHtml = (state) =>
    "fault" in state ? html`${stateLabel(state)}` : html`${structureLink(state.structure)}: ${state.condition}`;
  const linkRow = (link) =>
    html`${stateHtml(link.from)} → ${stateHtml(link.to)} <span class="tag">${link.mechanism}</span> <span class="tag">${link.grade}</span> <span class="tag">${link.verdict?.status ?? "not checked"}</span><br>${link.description}`;
  const table = (head, rows) =>
    html`<table><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
      (row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
    )}</tbody></table>`;
  const pages = [];
  const search = [];
  const add = (path, title, body, kind) => {
    pages.push({ path, html: page({ title, root: "../".repeat(path.split("/").length - 1), body }) });
    if (kind !== undefined) search.push({ name: title, kind, url: path });
  };

  // Every list the library exports (`listStructures`, `listClaims`...), found by name, so a new
  // collection shows up in "what cites it" and on its own data page without a change here.
  const collections = Object.keys(kc)
    .filter((name) => /^list[A-Z]/.test(name) && kc[name].length === 0)
    .map((name) => ({ name, slug: slug(name.slice(4)), items: kc[name]() }))
    .filter(({ items }) => Array.isArray(items) && items.every((item) => typeof item?.id === "string"));
  // Collections with pages of their own; the others get a table on a data page.
  const own = {
    Structures: (x) => structureLink(x.id),
    Exercises: (x) => exerciseLink(x.id),
    Hypotheses: (x) => hypothesisLink(x.id),
    Chains: (x) => a(href.chain(x.id), x.name),
    RedFlags: (x) => a(href.redFlag(x.id), x.label),
    Sources: (x) => sourceLink(x.id),
  };
  // A link is named by its two states; anything else by its name, label, title or text.
  const nameOf = (x) => (x.from !== undefined && x.to !== undefined ? `${stateLabel(x.from)} → ${stateLabel(x.to)}` : itemName(x));
  const dataHref = (collection, id) => `${ROOT}knowledge/data/${collection.slug}.html#${id}`;
  const linkTo = (collection) =>
    own[collection.name.slice(4)] ?? ((x) => a(dataHref(collection, x.id), nameOf(x)));

  // What cites each source, across every collection.
  const citing = new Map(sources.map((s) => [s.id, []]));
  for (const collection of collections) {
    const link = linkTo(collection);
    for (const item of collection.items) {
      for (const id of citedSources(item)) if (id !== item.id) citing.get(id)?.push(html`${collection.slug.replace(/-/g, " ")}: ${link(item)}`);
    }
  }

  for (const s of structures) {
    const crosswalk = vocabularies.map((v) => [v.name, kc.toVocabulary(s.id, v.id).join(", ") || "none"]);
    const structureRoles = kc.rolesOfStructure(s.id);
    const targeting = exercises.filter((e) => e.targets.some((t) => t.structure === s.id));
    const involves = (state) => "structure" in state && state.structure === s.id;
    const members = kc.membersOf(s.id);
    const groups = kc.groupsOf(s.id);
    add(
      `knowledge/structures/${s.id}.html`,
      s.name,
      html`<p class="lead">${s.description}</p>
<dl><dt>Id</dt><dd><code>${s.id}</code></dd><dt>Latin name</dt><dd>${s.latinName ?? "none"}</dd><dt>Also called</dt><dd>${(s.aliases ?? []).join(", ") || "none"}</dd>
<dt>Kind</dt><dd>${s.kind}</dd><dt>Region</dt><dd>${s.region}</dd>
<dt>Part of</dt><dd>${groups.length ? join(groups.map((g) => structureLink(g.id))) : "none"}</dd>
<dt>Members</dt><dd>${members.length ? join(members.map((m) => structureLink(m.id))) : "none"}</dd>
<dt>Ontology</dt><dd>${Object.values(s.ontology ?? {}).join(", ") || "none verified"}</dd></dl>
<h2>Actions</h2>${list(s.actions ?? [], (x) => `${x.joint} ${x.movement}${x.note ? ` (${x.note})` : ""}`)}
<h2>Roles in the stride</h2>${structureRoles.length ? list(structureRoles, ({ role, part }) => html`<strong>${part}</strong> in ${role.name} (${role.grade}, ${role.verdict?.status ?? "not checked"}); ${part === "primary" ? "backed up by" : "covers for"} ${join((part === "primary" ? role.secondary : role.primary).map((m) => structureLink(m.structure)))}`) : html`<p>None recorded.</p>`}
<h2>Compensation links out</h2>${list(links.filter((l) => involves(l.from)), linkRow)}
<h2>Compensation links in</h2>${list(links.filter((l) => involves(l.to)), linkRow)}
<h2>Exercises that target it</h2>${targeting.length ? list(targeting, (e) => html`${exerciseLink(e.id)} (${e.targets.filter((t) => t.structure === s.id).map((t) => t.action).join(", ")})`) : html`<p>None.</p>`}
<h2>Crosswalk keys</h2>${table(["Vocabulary", "Keys"], crosswalk)}
${evidence(s)}`,
      "structure",
    );
  }

  for (const e of exercises) {
    add(
      `knowledge/exercises/${e.id}.html`,
      e.name,
      html`<dl><dt>Id</dt><dd><code>${e.id}</code></dd><dt>Kind</dt><dd>${e.kind}</dd><dt>Also called</dt><dd>${(e.aliases ?? []).join(", ") || "none"}</dd>
<dt>Position</dt><dd>${e.position}</dd><dt>Equipment</dt><dd>${e.equipment.join(", ")}</dd><dt>Dosage</dt><dd>${kc.formatDosage(e.dosage)}</dd></dl>
<h2>Targets</h2>${list(e.targets, (t) => html`${structureLink(t.structure)} (${t.action})`)}
<h2>Muscle activation (EMG, %MVIC)</h2>${e.activation.length ? table(["Structure", "%MVIC", "Source"], e.activation.map((x) => [structureLink(x.structure), x.mean !== undefined ? `${x.mean}${x.sd !== undefined ? ` ± ${x.sd}` : ""}` : `${x.min}–${x.max}`, html`${sourceLink(x.source)}${x.note ? ` ${x.note}` : ""}`])) : html`<p>No EMG data recorded.</p>`}
<h2>Cues</h2>${list(e.cues)}
<h2>Common faults</h2>${list(e.faults ?? [])}
<h2>Contraindications</h2>${list(e.contraindications ?? [])}
<h2>Progressions</h2>${list(progressions.filter((p) => p.steps.some((step) => step.exercise === e.id)), (p) => html`${p.name}: ${join(p.steps.map((step) => html`${exerciseLink(step.exercise)} ${kc.formatDosage(step.dosage)}`), " → ")}`)}<p>Easier: ${e.easier.length ? join(e.easier.map(exerciseLink)) : "none"}. Harder: ${e.harder.length ? join(e.harder.map(exerciseLink)) : "none"}.</p>
${evidence(e)}`,
      "exercise",
    );
  }

  // A cause's own floor when it declares one; else the highest level set by the red flags that
  // suggest it and the rules that support it.
  const floorOf = (h) => {
    if (h.triage !== undefined) return `${h.triage.level} (running: ${h.triage.running})`;
    const levels = [
      ...redFlags.filter((f) => (f.suggests ?? []).includes(h.id)).map((f) => f.level),
      ...rules
        .filter((r) => r.then.some((t) => t.kind === "support" && t.hypothesis === h.id))
        .flatMap((r) => r.then.filter((t) => t.kind === "triage").map((t) => t.level)),
    ];
    const [level] = levels.sort(kc.compareTriage);
    return level === undefined ? undefined : `${level} (from the red flags and rules that point to it)`;
  };
  const ruleRow = (rule, effect) => html`<li>${rule.description ?? rule.id} <span class="tag">weight ${effect.weight}</span> <span class="tag">${rule.grade}</span></li>`;
  const effects = (h, kind) => rules.flatMap((r) => r.then.filter((t) => t.kind === kind && t.hypothesis === h.id).map((t) => ruleRow(r, t)));
  for (const h of hypotheses) {
    const floor = floorOf(h);
    const supporting = effects(h, "support");
    const opposing = effects(h, "oppose");
    const flags = redFlags.filter((f) => (f.suggests ?? []).includes(h.id));
    add(
      `knowledge/hypotheses/${h.id}.html`,
      h.name,
      html`<p class="lead">${h.description}</p>
<dl><dt>Id</dt><dd><code>${h.id}</code></dd><dt>Kind</dt><dd>${h.kind}</dd>
<dt>Triage floor</dt><dd>${floor ?? "none: neither it nor a red flag or rule that points to it sets a level"}</dd>
<dt>Running</dt><dd>${h.running ?? "no advice of its own"}</dd>
<dt>States</dt><dd>${join(h.states.map(stateHtml), "; ")}</dd></dl>
<h2>What supports it</h2>${supporting.length ? html`<ul>${supporting}</ul>` : html`<p>No rule supports it directly.</p>`}
${flags.length ? html`<p>Red flags that suggest it: ${join(flags.map((f) => a(href.redFlag(f.id), f.label)))}</p>` : ""}
<h2>What opposes it</h2>${opposing.length ? html`<ul>${opposing}</ul>` : html`<p>No rule opposes it.</p>`}
<h2>Protocols</h2>${list(protocols.filter((p) => p.hypothesis === h.id), (p) => html`<strong>${p.name}</strong>: ${p.goal}${list(p.phases, (ph) => html`${ph.name} (${ph.weeks} weeks): ${join(ph.items.map((it) => html`${exerciseLink(it.exercise)} ${kc.formatDosage(it.dosage)}`), "; ")}`)}`)}
${evidence(h)}`,
      "cause",
    );
  }

  for (const c of chains) {
    const chainLinks = c.links.map((id) => kc.getLink(id));
    add(
      `knowledge/chains/${c.id}.html`,
      c.name,
      html`<p class="lead">${c.description}</p>
${chainSvg({ id: c.id, links: chainLinks, label: stateLabel, key: kc.stateKey, title: `${c.name}: chain diagram` })}
<h2>Steps</h2><ol>${chainLinks.map((l) => html`<li>${stateHtml(l.from)} → ${stateHtml(l.to)}: mechanism <strong>${l.mechanism}</strong>, grade <strong>${l.grade}</strong>, verdict <strong>${l.verdict?.status ?? "not checked"}</strong>${l.verdict?.note ? html` (${l.verdict.note})` : ""}<br>${l.description}</li>`)}</ol>
${evidence(c)}`,
      "chain",
    );
  }

  for (const s of sources) {
    add(
      `knowledge/sources/${s.id}.html`,
      s.title ?? s.citation,
      html`<dl><dt>Id</dt><dd><code>${s.id}</code></dd><dt>Kind</dt><dd>${s.kind}</dd><dt>Citation</dt><dd>${s.citation}</dd></dl>
${s.summary ? html`<p>${s.summary}</p>` : ""}
<h2>What cites it</h2>${citing.get(s.id).length ? list(citing.get(s.id)) : html`<p>Nothing in the library cites it yet.</p>`}`,
      "source",
    );
  }

  add(
    "knowledge/red-flags/index.html",
    "Red flags",
    html`<p class="lead">Red flags always surface first in an assessment. Each sets a triage floor and running advice.</p>
${redFlags.map((f) => html`<section id="${f.id}"><h2>${f.label}</h2><p><span class="tag">${f.level}</span> <span class="tag">running: ${f.running}</span></p><p>${f.reason}</p>${(f.suggests ?? []).length ? html`<p>Suggests: ${join(f.suggests.map(hypothesisLink))}</p>` : ""}${evidence(f)}</section>`)}`,
  );
  for (const f of redFlags) search.push({ name: f.label, kind: "red flag", url: `knowledge/red-flags/index.html#${f.id}` });

  const others = collections.filter((c) => own[c.name.slice(4)] === undefined);
  for (const collection of others) {
    const title = collection.slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
    add(
      `knowledge/data/${collection.slug}.html`,
      title,
      html`<p>${collection.items.length} in the library, from <code>${collection.name}()</code>.</p>
<table><thead><tr><th>Id</th><th>What</th><th>Evidence</th><th>Sources</th></tr></thead><tbody>${collection.items.map(
        (x) => html`<tr id="${x.id}"><td><code>${x.id}</code></td><td>${nameOf(x)}${x.claim ? html`<br>${x.claim}` : ""}</td><td>${x.grade ?? ""}${x.verdict ? html`, ${x.verdict.status}` : ""}</td><td>${join([...citedSources(x)].map(sourceLink))}</td></tr>`,
      )}</tbody></table>`,
    );
  }

  const index = (dir, title, items, name, extra = () => "") =>
    add(
      `knowledge/${dir}/index.html`,
      title,
      html`<p>${items.length} in the library.</p>${table(["Name", "Id", ""], items.map((x) => [a(`${ROOT}knowledge/${dir}/${x.id}.html`, name(x)), html`<code>${x.id}</code>`, extra(x)]))}`,
    );
  index("structures", "Structures", structures, (s) => s.name, (s) => `${s.kind}, ${s.region}`);
  index("exercises", "Exercises", exercises, (e) => e.name, (e) => e.kind);
  index("hypotheses", "Causes (hypotheses)", hypotheses, (h) => h.name, (h) => h.kind);
  index("chains", "Compensation chains", chains, (c) => c.name, (c) => c.grade);
  index("sources", "Sources", sources, (s) => s.title ?? s.citation, (s) => s.kind);
  add(
    "knowledge/index.html",
    "Knowledge",
    html`<p class="lead">Every page here is generated from the library's data at build time.</p>
<ul><li><a href="structures/index.html">Structures</a> (${structures.length})</li><li><a href="chains/index.html">Compensation chains</a> (${chains.length}), each drawn</li>
<li><a href="hypotheses/index.html">Causes</a> (${hypotheses.length}), with what supports and opposes them and their protocols</li>
<li><a href="exercises/index.html">Exercises</a> (${exercises.length}), with dosage, EMG and cues</li><li><a href="red-flags/index.html">Red flags</a> (${redFlags.length})</li>
<li><a href="sources/index.html">Sources</a> (${sources.length}) and what cites each</li></ul>
<h2>Everything else</h2>${list(others, (c) => html`<a href="data/${c.slug}.html">${c.slug.replace(/-/g, " ")}</a> (${c.items.length})`)}`,
  );
  return { pages, search };
}
