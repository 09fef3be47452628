// Page shell shared by the generated knowledge pages, the home page and the playground: relative
// links only (each page knows how deep it sits), so the site works from file:// and any host.

/** Escapes text for HTML content and attribute values. */
export const esc = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Marks already-built HTML so `html` leaves it alone. */
export const raw = (text) => ({ __html: text, toString: () => text });

/**
 * Tagged template whose interpolations are escaped unless they are HTML themselves (from `html`
 * or `raw`); arrays are joined. Returns HTML, so templates nest.
 */
export function html(strings, ...values) {
  return raw(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ""), ""));
}

/** Joins values (text or HTML) with a separator, escaping the text. */
export const join = (values, separator = ", ") => raw(values.map(render).join(separator));

function render(value) {
  if (value === undefined || value === null || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && "__html" in value) return value.__html;
  return esc(value);
}

/** A bulleted list, or nothing for an empty one. */
export const list = (items, item = (x) => x) =>
  items.length === 0 ? raw("") : raw(`<ul>${items.map((x) => `<li>${render(item(x))}</li>`).join("")}</ul>`);

/**
 * A whole page. `root` is the relative path from the page to the site root ("" or "../../"),
 * `scripts` extra script files (relative to the root) loaded after the search.
 */
export function page({ title, root, body, scripts = [] }) {
  const nav = [
    ["index.html", "Home"],
    ["api/index.html", "API reference"],
    ["knowledge/index.html", "Knowledge"],
    ["playground/index.html", "Playground"],
  ];
  return `<!doctype html>
<html lang="en" data-root="${esc(root)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · kinetic-chain</title>
<link rel="icon" href="${root}assets/favicon.svg">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<header class="top">
<a class="brand" href="${root}index.html">kinetic-chain</a>
<nav>${nav.map(([href, label]) => `<a href="${root}${href}">${label}</a>`).join("")}</nav>
<form class="search" role="search" onsubmit="return false"><input id="site-search" type="search" placeholder="Search structures, exercises, causes…" aria-label="Search the knowledge base" autocomplete="off"><ol id="site-search-results"></ol></form>
</header>
<main>
<h1>${esc(title)}</h1>
${render(body)}
</main>
<footer>kinetic-chain informs; it does not diagnose. Runners with persistent, severe or unusual pain should see a professional.</footer>
<script src="${root}assets/search-index.js"></script>
<script src="${root}assets/site.js"></script>
${scripts.map((src) => `<script src="${root}${src}"></script>`).join("\n")}
</body>
</html>
`;
}
