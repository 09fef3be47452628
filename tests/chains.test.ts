import { describe, expect, it } from "vitest";
import {
  chainToMermaid,
  compensatesFor,
  compensatorsFor,
  explainPath,
  extendKnowledgeBase,
  findChain,
  getChain,
  getLink,
  isChainId,
  isSourceId,
  knowledgeBase,
  listChains,
  listLinks,
  stateKey,
  traceBack,
  traceForward,
  validateKnowledgeBase,
  type ChainPath,
  type LinkId,
  type Observation,
  type State,
} from "../src";

const key = (state: State): string => stateKey(state);
const reaches = (paths: readonly ChainPath[]): string[] => paths.map((path) => key(path.end));
const pathTo = (paths: readonly ChainPath[], end: string): ChainPath | undefined => paths.find((path) => key(path.end) === end);

/** The states a seed's chains start from: what that seed says the problem really is. */
const seedRoots = (seed: string): string[] =>
  listChains({ source: seed }).map((chain) => key(getLink(chain.links[0] as LinkId).from));

describe("the seed chains, found by querying the graph", () => {
  it("seed 000: deep rotators not firing → femur turns in → gluteus medius overworks; research gives only indirect support to the first link", () => {
    const paths = traceForward({ structure: "deep-hip-external-rotators", condition: "inhibited" });
    const path = pathTo(paths, "gluteus-medius:overloaded");
    expect(path?.steps.map((step) => key(step.to))).toEqual(["fault:femoral-internal-rotation", "gluteus-medius:overloaded"]);
    const [first, second] = path!.steps;
    expect(first!.link.verdict).toMatchObject({ status: "contested", sources: expect.arrayContaining(["noehren-2014"]) });
    expect(second!.link.verdict?.status).toBe("unverified");
    expect(second!.link.symptoms).toContainEqual({ structure: "gluteus-medius", sensations: expect.arrayContaining(["tightness", "soreness"]) });
  });

  it("seed 000: a weak gluteus maximus hands hip extension to the hamstrings (Schuermans 2017 indirect)", () => {
    const compensators = compensatorsFor("gluteus-maximus");
    const hamstrings = compensators.find((c) => c.structure === "hamstrings");
    if (hamstrings?.basis !== "chain") throw new Error("expected a chain-based compensator");
    expect(key(hamstrings.path.start)).toMatch(/^gluteus-maximus:(weak|fatigued)$/);
    expect(compensatesFor("hamstrings").map((c) => c.structure)).toContain("gluteus-maximus");
    const link = listLinks({ from: "gluteus-maximus:weak", to: "hamstrings:overloaded" })[0];
    expect(link?.mechanism).toBe("substitution");
    expect([...link!.sources, ...link!.verdict!.sources]).toContain("schuermans-2017");
  });

  it("seed 001: weak or lengthened hip abductors → piriformis and upper glute overload, lateral knee soreness, hip snapping", () => {
    const paths = [
      ...traceForward({ structure: "hip-abductors", condition: "weak" }),
      ...traceForward({ structure: "hip-abductors", condition: "lengthened" }),
    ];
    expect(reaches(paths)).toEqual(expect.arrayContaining(["piriformis:overloaded", "iliotibial-band:irritated"]));
    const symptoms = paths.flatMap((path) => path.steps.flatMap((step) => step.link.symptoms));
    expect(symptoms).toContainEqual({ structure: "piriformis", sensations: expect.arrayContaining(["tightness"]) });
    expect(symptoms.some((s) => s.sensations.includes("snapping"))).toBe(true);
    const knee = pathTo(traceForward({ structure: "hip-abductors", condition: "weak" }), "iliotibial-band:irritated");
    expect(knee?.steps.at(-1)?.link.verdict).toMatchObject({
      status: "contested",
      sources: expect.arrayContaining(["fredericson-2000", "mucha-2017"]),
    });
  });

  it("seed 001: a tight piriformis presses on the sciatic nerve: pain with numbness; the 15% figure is corrected", () => {
    const path = pathTo(traceForward({ structure: "piriformis", condition: "tight" }), "sciatic-nerve:compressed");
    const link = path!.steps[0]!.link;
    expect(link.mechanism).toBe("nerve-compression");
    expect(link.symptoms).toContainEqual({ structure: "sciatic-nerve", sensations: expect.arrayContaining(["numbness"]) });
    expect(link.verdict?.sources).toEqual(expect.arrayContaining(["smoll-2010", "natsis-2014"]));
  });

  it("seed 004: tight hip flexors → forward tilt → lumbar strain, short stride, forefoot landing, calf and knee overload, weaker glutes; Heino 1990 contradicts the first link", () => {
    const paths = traceForward({ structure: "hip-flexors", condition: "tight" });
    expect(reaches(paths)).toEqual(
      expect.arrayContaining([
        "fault:anterior-pelvic-tilt",
        "lumbar-extensors:overloaded",
        "fault:shortened-stride",
        "fault:forefoot-strike",
        "triceps-surae:overloaded",
        "patellar-tendon:overloaded",
        "hip-flexors:overloaded",
        "gluteals:weak",
        "hamstrings:weak",
      ]),
    );
    const tilt = listLinks({ from: "hip-flexors:tight", to: "fault:anterior-pelvic-tilt" })[0];
    expect(tilt?.verdict).toMatchObject({ status: "contradicted", sources: expect.arrayContaining(["heino-1990"]) });
    expect(tilt?.grade).toBe("practitioner-opinion");
  });

  it("seed 002: primary muscles that tire early leave back-ups overused, with pain at knee, IT band, hamstring, foot and hip", () => {
    const fatigued = listLinks().filter((link) => "condition" in link.from && link.from.condition === "fatigued");
    const felt = fatigued.flatMap((link) =>
      traceForward(link.from).flatMap((path) => path.steps.flatMap((step) => step.link.symptoms.map((s) => s.structure))),
    );
    expect(felt).toEqual(expect.arrayContaining(["iliotibial-band", "hamstrings", "plantar-fascia", "patellofemoral-joint", "gluteus-medius"]));
    const fatigueChains = listChains({ source: "seed-002" }).filter((chain) => chain.id.startsWith("primary-fatigue"));
    expect(fatigueChains.length).toBeGreaterThan(0);
    for (const chain of fatigueChains) expect(chain.verdict?.status, chain.id).toMatch(/^(unverified|contested)$/);
  });

  it("seed 003: weak glutes → other muscles compensate → sore glutes", () => {
    const paths = traceForward({ structure: "gluteals", condition: "weak" });
    const sore = paths.flatMap((path) => path.steps).flatMap((step) => step.link.symptoms);
    expect(sore).toContainEqual({ structure: "gluteals", sensations: expect.arrayContaining(["soreness"]) });
  });

  it("seed 001: lower crossed syndrome is encoded, contradicted like seed 004's chain, its untested steps unverified", () => {
    const chain = findChain("lower crossed syndrome");
    expect(chain?.verdict?.status).toBe("contradicted");
    expect(chain?.verdict?.status).toBe(getChain("tight-hip-flexors-anterior-tilt").verdict?.status);
    expect(chain?.verdict?.sources).toEqual(expect.arrayContaining(["heino-1990", "youdas-1996"]));
    for (const id of chain?.links ?? []) {
      expect(getLink(id as LinkId).verdict?.status, id).toBe("unverified");
      expect(getLink(id as LinkId).grade, id).toBe("practitioner-opinion");
    }
  });
});

describe("every link and chain", () => {
  it("cites registered sources and carries a research verdict", () => {
    for (const item of [...knowledgeBase.links, ...knowledgeBase.chains]) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      expect(item.verdict, item.id).toBeDefined();
      for (const id of [...item.sources, ...item.verdict!.sources]) expect(isSourceId(id), `${item.id} → ${id}`).toBe(true);
    }
  });

  it("has a chain for every seed article, each with its verdict", () => {
    for (const seed of ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]) {
      expect(listChains({ source: seed }).length, seed).toBeGreaterThan(0);
    }
    expect(validateKnowledgeBase(knowledgeBase)).toEqual([]);
  });
});

describe("traceBack on the seed scenarios ranks the seed's explanation first", () => {
  const scenarios: [string, string, Observation | Observation[]][] = [
    ["seed-000", "right gluteus medius tight and sore for weeks; stretching and rolling did not help", [
      { structure: "gluteus-medius", sensation: "tightness", side: "right", notRelievedBy: ["stretching", "foam-rolling"] },
      { structure: "gluteus-medius", sensation: "soreness", side: "right", notRelievedBy: ["stretching", "foam-rolling"] },
    ]],
    ["seed-000", "left hamstring chronically tight and sore", [
      { structure: "hamstrings", sensation: "tightness", side: "left" },
      { structure: "hamstrings", sensation: "soreness", side: "left" },
    ]],
    ["seed-001", "upper glute (piriformis, gluteus minimus) tight and sore after long runs, no numbness", [
      { structure: "piriformis", sensation: "tightness" },
      { structure: "gluteus-minimus", sensation: "tightness" },
      { structure: "piriformis", sensation: "soreness" },
    ]],
    ["seed-001", "buttock pain with numbness", [
      { structure: "piriformis", sensation: "pain" },
      { structure: "sciatic-nerve", sensation: "numbness" },
    ]],
    ["seed-002", "IT band pain, tight TFL that stretching does not fix", [
      { structure: "iliotibial-band", sensation: "pain" },
      { structure: "tensor-fasciae-latae", sensation: "tightness", notRelievedBy: ["stretching"] },
    ]],
    ["seed-003", "sore glutes after running", { structure: "gluteals", sensation: "soreness" }],
    ["seed-004", "low back soreness, tight calves and sore knees despite stretching and massage", [
      { structure: "lumbar-extensors", sensation: "soreness", notRelievedBy: ["stretching", "massage"] },
      { structure: "triceps-surae", sensation: "tightness", notRelievedBy: ["stretching", "massage"] },
      { structure: "patellar-tendon", sensation: "pain" },
    ]],
  ];

  it.each(scenarios)("%s: %s", (seed, _story, observations) => {
    const [best] = traceBack(observations);
    expect(best).toBeDefined();
    expect(seedRoots(seed)).toContain(key(best!.state));
    expect(best!.explains.length).toBe(Array.isArray(observations) ? observations.length : 1);
  });

  it("carries the side back to the cause", () => {
    const [best] = traceBack({ structure: "gluteus-medius", sensation: "tightness", side: "right" });
    expect(best?.side).toBe("right");
    expect(best?.paths[0]?.steps.every((step) => step.side === "right")).toBe(true);
  });

  it("favours compensation when stretching did not relieve the tightness", () => {
    const plain = traceBack({ structure: "hamstrings", sensation: "tightness" });
    const stubborn = traceBack({ structure: "hamstrings", sensation: "tightness", notRelievedBy: ["stretching"] });
    const score = (list: typeof plain, state: string): number => list.find((e) => key(e.state) === state)?.score ?? 0;
    expect(score(stubborn, "gluteus-maximus:weak")).toBeGreaterThan(score(plain, "gluteus-maximus:weak"));
    expect(stubborn[0]?.compensation).toBe(true);
  });

  it("ranks a cascade's root above its middle, and says which is which", () => {
    const explanations = traceBack({ structure: "lumbar-extensors", sensation: "soreness" });
    const root = explanations.find((e) => key(e.state) === "hip-flexors:tight");
    const middle = explanations.find((e) => key(e.state) === "core:weak");
    expect(root?.root).toBe(true);
    expect(middle?.root).toBe(false);
    expect(explanations.indexOf(root!)).toBeLessThan(explanations.indexOf(middle!));
  });

  it("returns nothing for a symptom the graph does not produce", () => {
    expect(traceBack({ structure: "tibia", sensation: "numbness" })).toEqual([]);
  });
});

describe("explaining and drawing", () => {
  it("writes one sentence per step, with side, symptoms and what research says", () => {
    const [best] = traceBack({ structure: "gluteus-medius", sensation: "tightness", side: "right" });
    const sentences = explainPath(best!.paths[0]!);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^\(right side\) Deep hip external rotators are not firing \(inhibited\), which alters alignment: the thigh bone turns inward\. Research is divided on this step\.$/);
    expect(sentences[1]).toMatch(/gluteus medius is overloaded working to correct it\. Felt as tightness and soreness in gluteus medius\. Research has not tested this step\.$/);
    const [tilt] = traceForward({ structure: "hip-flexors", condition: "tight" }).filter((p) => key(p.end) === "fault:anterior-pelvic-tilt");
    expect(explainPath(tilt!)[0]).toMatch(/Research contradicts this step\.$/);
  });

  it("draws a chain as a Mermaid flowchart, one node per state and one arrow per link", () => {
    const chain = getChain("deep-rotator-inhibition");
    const text = chainToMermaid(chain);
    expect(text.split("\n")).toEqual([
      "flowchart LR",
      '  s0["Deep hip external rotators: inhibited"]',
      '  s1["The thigh bone turns inward"]',
      "  s0 -->|altered alignment, contested| s1",
      '  s2["Gluteus medius: overloaded"]',
      "  s1 -->|substitution, unverified| s2",
    ]);
    const paths = traceForward({ structure: "hip-flexors", condition: "tight" });
    const drawn = chainToMermaid(paths);
    const states = new Set(paths.flatMap((p) => [key(p.start), ...p.steps.map((s) => key(s.to))]));
    expect(drawn.split("\n").filter((line) => line.includes("[")).length).toBe(states.size);
  });
});

describe("accessors and extension", () => {
  it("lists only active muscles as compensators, never passive tissue loaded further down", () => {
    for (const structure of ["gluteus-medius", "gluteals", "hip-abductors"] as const) {
      const found = compensatorsFor(structure).filter((c) => c.basis === "chain").map((c) => c.structure);
      expect(found, structure).not.toContain("iliotibial-band");
    }
    expect(compensatesFor("iliotibial-band").filter((c) => c.basis === "chain")).toEqual([]);
    for (const c of compensatorsFor("gluteus-maximus")) {
      if (c.basis === "chain") expect(c.path.steps.at(-1)?.link.mechanism).toBe("substitution");
    }
  });

  it("gets, finds, lists and narrows chains and links", () => {
    expect(isChainId("deep-rotator-inhibition")).toBe(true);
    expect(isChainId("made-up")).toBe(false);
    expect(listChains({ structure: "piriformis" }).map((c) => c.id)).toContain("piriformis-sciatic-compression");
    expect(listChains({ verdict: "contradicted" }).map((c) => c.id)).toContain("tight-hip-flexors-anterior-tilt");
    expect(listLinks({ mechanism: "nerve-compression" }).every((l) => l.mechanism === "nerve-compression")).toBe(true);
    expect(() => getChain("made-up" as "deep-rotator-inhibition")).toThrow(/^getChain: /);
  });

  it("traces an app's own links in an extended knowledge base, leaving the built-in one alone", () => {
    const kb = extendKnowledgeBase(knowledgeBase, {
      links: [
        {
          id: "soleus-weak-achilles-overloaded",
          from: { structure: "soleus", condition: "weak" },
          to: { structure: "achilles-tendon", condition: "overloaded" },
          mechanism: "increased-load",
          side: "same",
          symptoms: [{ structure: "achilles-tendon", sensations: ["pain"] }],
          description: "Our clinic's working model.",
          sources: ["seed-002"],
          grade: "practitioner-opinion",
          verdict: { status: "unverified", sources: [], note: "Not tested." },
        },
      ],
    });
    const [best] = traceBack({ structure: "achilles-tendon", sensation: "pain" }, { knowledgeBase: kb });
    expect(key(best!.state)).toBe("soleus:weak");
    expect(traceBack({ structure: "achilles-tendon", sensation: "pain" })).toEqual([]);
  });
});
