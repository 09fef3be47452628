import { describe, expect, it } from "vitest";
import { getStructure, knowledgeBase, type StructureId } from "../src";
import { ontologyTable } from "./helpers/research";

/** Rows of the verified table in anchors.md, mapped to the structure that carries them. */
const ROW_TO_STRUCTURE: Record<string, StructureId> = {
  "gluteus maximus": "gluteus-maximus",
  "gluteus medius": "gluteus-medius",
  "gluteus minimus": "gluteus-minimus",
  piriformis: "piriformis",
  "superior gemellus": "superior-gemellus",
  "inferior gemellus": "inferior-gemellus",
  "gemellus (group)": "gemelli",
  "obturator internus": "obturator-internus",
  "obturator externus": "obturator-externus",
  "quadratus femoris": "quadratus-femoris",
  "tensor fasciae latae": "tensor-fasciae-latae",
  iliopsoas: "iliopsoas",
  "psoas major": "psoas-major",
  iliacus: "iliacus",
  "rectus femoris": "rectus-femoris",
  "hamstring (group)": "hamstrings",
  "biceps femoris": "biceps-femoris",
  semitendinosus: "semitendinosus",
  semimembranosus: "semimembranosus",
  gastrocnemius: "gastrocnemius",
  soleus: "soleus",
  "triceps surae": "triceps-surae",
  "erector spinae": "erector-spinae",
  "quadratus lumborum": "quadratus-lumborum",
  "rectus abdominis": "rectus-abdominis",
  "transversus abdominis": "transversus-abdominis",
  "adductor muscle of hip": "hip-adductors",
  "adductor longus": "adductor-longus",
  "adductor brevis": "adductor-brevis",
  "adductor magnus": "adductor-magnus",
  "vastus medialis": "vastus-medialis",
  "vastus lateralis": "vastus-lateralis",
  "tibialis anterior": "tibialis-anterior",
  "tibialis posterior": "tibialis-posterior",
  "iliotibial band": "iliotibial-band",
  "fascia lata": "fascia-lata",
};

const expected = (cell: string, prefix: string): string | undefined => (/^\d+$/.test(cell) ? `${prefix}:${cell}` : undefined);

describe("ontology ids", () => {
  const table = ontologyTable();

  it("map every row of the verified table to a structure", () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(ROW_TO_STRUCTURE).sort());
  });

  it.each(Object.entries(ROW_TO_STRUCTURE))("%s equals the verified table, empty where unverified", (row, id) => {
    const cells = table.get(row);
    expect(cells).toBeDefined();
    const { ontology } = getStructure(id);
    expect(ontology.uberon).toBe(expected(cells?.uberon ?? "", "UBERON"));
    expect(ontology.fma).toBe(expected(cells?.fma ?? "", "FMA"));
  });

  it("ships no id for a structure outside the verified table", () => {
    const covered = new Set<string>(Object.values(ROW_TO_STRUCTURE));
    for (const structure of knowledgeBase.structures) {
      if (!covered.has(structure.id)) expect(structure.ontology, structure.id).toEqual({});
    }
  });

  it("ships no SNOMED CT code", () => {
    expect(JSON.stringify(knowledgeBase)).not.toMatch(/snomed|sctid/i);
  });
});
