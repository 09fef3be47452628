// Draws a chain (or any set of links) as an inline SVG at build time: states as boxes in layers
// (by distance from where the chain starts), links as arrows labelled with
// their mechanism. Mermaid's layout needs a real browser; this needs only the chain's data.
import { esc, raw } from "./html.mjs";

const BOX_W = 240;
const LINE_H = 16;
const GAP_X = 40;
const GAP_Y = 64;
const PAD = 16;
const CHARS = 30;

/** Splits a label into lines of at most about `CHARS` characters. */
function wrap(text) {
  const lines = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The SVG (`id` makes its arrow marker unique on the page) for `links` (objects with `from`, `to`, `mechanism`, `grade`, `verdict`), `label(state)`
 * naming a state and `key(state)` identifying it. `title` becomes the SVG's accessible name.
 */
export function chainSvg({ id, links, label, key, title }) {
  const nodes = new Map();
  const node = (state) => {
    const id = key(state);
    if (!nodes.has(id)) nodes.set(id, { id, lines: wrap(label(state)), layer: 0 });
    return nodes.get(id);
  };
  const edges = links.map((link) => ({ from: node(link.from), to: node(link.to), link }));
  // Layers by distance from the states nothing leads to (from the first state when the links
  // form a loop); a link back up a loop is drawn upward.
  const targets = new Set(edges.map((e) => e.to));
  const starts = [...nodes.values()].filter((n) => !targets.has(n));
  const queue = starts.length > 0 ? starts : [...nodes.values()].slice(0, 1);
  const placed = new Set(queue);
  for (const n of queue) {
    for (const { from, to } of edges) {
      if (from === n && !placed.has(to)) {
        to.layer = n.layer + 1;
        placed.add(to);
        queue.push(to);
      }
    }
  }
  const layers = [];
  for (const n of nodes.values()) (layers[n.layer] ??= []).push(n);
  const boxH = (n) => n.lines.length * LINE_H + 16;
  const rowH = layers.map((row) => Math.max(...row.map(boxH)));
  const width = Math.max(...layers.map((row) => row.length)) * (BOX_W + GAP_X) - GAP_X + 2 * PAD;
  let y = PAD;
  layers.forEach((row, i) => {
    const rowWidth = row.length * (BOX_W + GAP_X) - GAP_X;
    row.forEach((n, j) => {
      n.x = (width - rowWidth) / 2 + j * (BOX_W + GAP_X);
      n.y = y + (rowH[i] - boxH(n)) / 2;
      n.h = boxH(n);
    });
    y += rowH[i] + GAP_Y;
  });
  const height = y - GAP_Y + PAD;
  const boxes = [...nodes.values()].map(
    (n) =>
      `<g class="state"><rect x="${n.x}" y="${n.y}" width="${BOX_W}" height="${n.h}" rx="6"/>` +
      n.lines
        .map((line, i) => `<text x="${n.x + BOX_W / 2}" y="${n.y + 20 + i * LINE_H}" text-anchor="middle">${esc(line)}</text>`)
        .join("") +
      "</g>",
  );
  // Labels sit right of their arrow; the drawing widens to fit them (about 7 px a character).
  let right = width;
  const arrows = edges.map(({ from, to, link }, i) => {
    const status = link.verdict?.status ?? "not checked";
    const text = `${link.mechanism} · ${link.grade} · ${status}`;
    let line;
    let labelX;
    let labelY;
    if (to.layer > from.layer) {
      const [x1, y1, x2, y2] = [from.x + BOX_W / 2, from.y + from.h, to.x + BOX_W / 2, to.y - 2];
      line = `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#arrow-${id})"/>`;
      [labelX, labelY] = [(x1 + x2) / 2 + 8, (y1 + y2) / 2 + 4];
    } else {
      // A link back up (a loop): a curve out to the right of both boxes.
      const [x1, y1, x2, y2] = [from.x + BOX_W, from.y + from.h / 2, to.x + BOX_W + 2, to.y + to.h / 2];
      const bulge = Math.max(x1, x2) + 48 + 12 * (i % 3);
      line = `<path d="M${x1},${y1} C${bulge},${y1} ${bulge},${y2} ${x2},${y2}" fill="none" marker-end="url(#arrow-${id})"/>`;
      [labelX, labelY] = [bulge - 12, (y1 + y2) / 2 + 4];
    }
    right = Math.max(right, labelX + text.length * 7 + PAD);
    return `<g class="link verdict-${esc(status.replace(/\s+/g, "-"))}">${line}<text x="${labelX}" y="${labelY}">${esc(text)}</text></g>`;
  });
  return raw(
    `<svg class="chain-diagram" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${right} ${height}" width="${right}" height="${height}">` +
    `<title>${esc(title)}</title>` +
    `<defs><marker id="arrow-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
    arrows.join("") +
    boxes.join("") +
    "</svg>"
  );
}
