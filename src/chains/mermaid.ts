import type { KnowledgeBase } from "../knowledge-base/schema";
import { FAULT_LABELS } from "./explain";
import { graphOf } from "./graph";
import * as z from "zod/mini";
import { parseInput } from "../internal/input";
import { type Chain, type ChainPath, ChainPathSchema, ChainSchema, type Link, type State } from "../links/schema";
import { stateKey } from "../links/state";

/**
 * Diagram text (a Mermaid flowchart) for a chain or for paths, for docs and apps that render
 * Mermaid. Each state is one node, each link one arrow labelled with its mechanism and, where
 * research has checked it, its verdict. Labels are escaped for Mermaid's grammar: characters
 * other than ASCII letters, digits, spaces and `.,:;'()/+_?!*=-` are written as Mermaid entities
 * (`#34;` for `"`), so a name from an extended knowledge base cannot break or reconfigure the
 * diagram.
 *
 * @param input - A chain (e.g. from `getChain`) or paths (from `traceForward` / `traceBack`).
 * @param options - The knowledge base the input came from, for names and links; default built-in.
 * @returns Mermaid source, starting `flowchart LR`.
 * @throws `KineticChainError` `invalid_input` when `input` is neither a chain nor paths.
 * @example
 * ```ts
 * import { chainToMermaid, getChain } from "kinetic-chain/chains";
 *
 * chainToMermaid(getChain("deep-rotator-inhibition"));
 * // flowchart LR
 * //   s0["Deep hip external rotators: inhibited"]
 * //   ...
 * ```
 */
export function chainToMermaid(
  input: Chain | readonly ChainPath[],
  options: { readonly knowledgeBase?: KnowledgeBase } = {},
): string {
  const checked = parseInput("chainToMermaid", z.union([ChainSchema, z.array(ChainPathSchema)]), input);
  const graph = graphOf("chainToMermaid", options.knowledgeBase);
  const links: Link[] = [];
  if (!Array.isArray(checked)) {
    const byId = new Map(graph.kb.links.map((link) => [link.id, link]));
    for (const id of checked.links) {
      const link = byId.get(id);
      if (link !== undefined) links.push(link);
    }
  } else {
    for (const path of checked) links.push(...path.steps.map((step) => step.link));
  }
  const nodes = new Map<string, string>();
  const lines = ["flowchart LR"];
  const node = (state: State): string => {
    const key = stateKey(state);
    const known = nodes.get(key);
    if (known !== undefined) return known;
    const id = `s${nodes.size}`;
    nodes.set(key, id);
    const label =
      "fault" in state
        ? FAULT_LABELS[state.fault]
        : `${graph.structures.get(state.structure)?.name ?? state.structure}: ${state.condition}`;
    const [first = "", ...rest] = label;
    lines.push(`  ${id}["${escape(first.toUpperCase() + rest.join(""))}"]`);
    return id;
  };
  const drawn = new Set<string>();
  for (const link of links) {
    if (drawn.has(link.id)) continue;
    drawn.add(link.id);
    const from = node(link.from);
    const to = node(link.to);
    const label = link.mechanism.replace(/-/g, " ") + (link.verdict === undefined ? "" : `, ${link.verdict.status}`);
    lines.push(`  ${from} -->|${escape(label)}| ${to}`);
  }
  return lines.join("\n");
}

/** The characters a label keeps as they are: none of them means anything to Mermaid inside a label. */
const PLAIN = /^[A-Za-z0-9 .,:;'()/+_?!*=-]$/u;

/**
 * Escapes text for a Mermaid label: every character outside {@link PLAIN} becomes Mermaid's
 * numeric entity `#code;`, which Mermaid turns back into the character when it renders. So
 * nothing in a name can end the label (`"`, `|`, a newline), start a comment or a directive
 * (`%%`, `%%{init: ...}%%`), make it a Markdown string (a backtick), inject HTML (`<`, `&`) or
 * read as an entity (`#`).
 */
function escape(text: string): string {
  return [...text].map((c) => (PLAIN.test(c) ? c : `#${c.codePointAt(0) ?? 0};`)).join("");
}
