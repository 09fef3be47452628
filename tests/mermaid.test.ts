import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { chainToMermaid, extendKnowledgeBase, getChain, knowledgeBase, listChains, traceForward, type KnowledgeBase } from "../src";

/** Mermaid's parser needs a DOM (it loads DOMPurify); a jsdom window stands in for the browser. */
type Mermaid = typeof import("mermaid").default;
let mermaid: Mermaid;
beforeAll(async () => {
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import("mermaid")).default;
  mermaid.initialize({ startOnLoad: false });
}, 60_000);

/** Parses with Mermaid itself: the nodes' labels (entities decoded as Mermaid renders them), the edge count and any configuration a directive set. */
async function parsed(text: string): Promise<{ labels: string[]; edges: number; config: unknown }> {
  const { config } = (await mermaid.parse(text)) as { config: unknown };
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as { getVertices(): Map<string, { text: string }>; getEdges(): unknown[] };
  // Mermaid's parser keeps numeric entities as its own markers (ﬂ°°code¶ß) until it renders.
  const decode = (label: string): string => label.replace(/ﬂ°°(\d+)¶ß/g, (_m, code: string) => String.fromCodePoint(Number(code)));
  return { labels: [...db.getVertices().values()].map((vertex) => decode(vertex.text)), edges: db.getEdges().length, config };
}

const HOSTILE_NAMES = [
  "%%{init: {'theme': 'dark'}}%% Muscle",
  "Muscle ends in a newline\n%%",
  "`backtick` first",
  'Quote " and pipe | inside',
  "Ends with a backslash \\",
  "Entity #quot; and #35; and &amp; <b>bold</b> <script>alert(1)</script>",
  "Brackets ] ) } [ ( { --> end",
  "No-break space and émoji 💪 and a tab\there",
  "Line\r\nbreaks\u2028and\u2029separators",
  "click s0 call alert(1)",
  'x"] ; s9["injected',
];

describe("chainToMermaid and Mermaid's own parser", () => {
  it("parses every built-in chain, with one node per state and one edge per link", async () => {
    for (const chain of listChains()) {
      const text = chainToMermaid(chain);
      const { edges, config } = await parsed(text);
      expect(edges, chain.id).toBe(new Set(chain.links).size);
      expect(config).toEqual({});
    }
  });

  it("keeps hostile names as labels: no directive honoured, no extra node or edge, the text intact", async () => {
    const kb: KnowledgeBase = extendKnowledgeBase(knowledgeBase, {
      structures: HOSTILE_NAMES.map((name, i) => ({
        id: `hostile-${i}`, name, aliases: [], kind: "muscle" as const, region: "hip" as const, groups: [], actions: [],
        ontology: {}, description: "A structure with a hostile name.", sources: ["wger"], grade: "reference" as const,
      })),
      links: HOSTILE_NAMES.slice(1).map((_name, i) => ({
        id: `hostile-link-${i}`, from: { structure: `hostile-${i}`, condition: "weak" as const }, to: { structure: `hostile-${i + 1}`, condition: "overloaded" as const },
        mechanism: "substitution" as const, side: "same" as const, symptoms: [], description: "A synthetic link.",
        sources: ["seed-002"], grade: "practitioner-opinion" as const, verdict: { status: "unverified" as const, sources: [], note: "Synthetic." },
      })),
    });
    const paths = HOSTILE_NAMES.slice(1).flatMap((_name, i) =>
      traceForward({ structure: `hostile-${i}`, condition: "weak" }, { knowledgeBase: kb, maxDepth: 1 }),
    );
    const text = chainToMermaid(paths, { knowledgeBase: kb });
    const { labels, edges, config } = await parsed(text);
    expect(config).toEqual({});
    expect(edges).toBe(HOSTILE_NAMES.length - 1);
    const expected = HOSTILE_NAMES.flatMap((name, i) => [
      ...(i < HOSTILE_NAMES.length - 1 ? [`${name[0]?.toUpperCase()}${name.slice(1)}: weak`] : []),
      ...(i > 0 ? [`${name[0]?.toUpperCase()}${name.slice(1)}: overloaded`] : []),
    ]);
    expect(new Set(labels)).toEqual(new Set(expected));
  });

  it("leaves plain names readable", () => {
    expect(chainToMermaid(getChain("deep-rotator-inhibition"))).toContain('s0["Deep hip external rotators: inhibited"]');
  });
});
