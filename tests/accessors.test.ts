import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findRunningRole,
  findSource,
  findStructure,
  findVocabulary,
  getRunningRole,
  getSource,
  getStructure,
  groupsOf,
  isRunningRoleId,
  isSourceId,
  isStructureId,
  isVocabularyId,
  KineticChainError,
  listRunningRoles,
  listSources,
  listStructures,
  membersOf,
  rolesOfStructure,
  type StructureId,
} from "../src";

describe("structures", () => {
  it("gets by id and fails on an unknown id with a typed error naming the function", () => {
    expect(getStructure("gluteus-medius").name).toBe("Gluteus medius");
    const attempt = (): unknown => getStructure("gluteus-maximum" as StructureId);
    expect(attempt).toThrow(KineticChainError);
    expect(attempt).toThrow(/^getStructure: /);
    try {
      attempt();
    } catch (error) {
      expect((error as KineticChainError).code).toBe("unknown_id");
    }
  });

  it("finds by id, plain name, Latin name or alias, ignoring case, spacing and hyphens", () => {
    expect(findStructure("IT band")?.id).toBe("iliotibial-band");
    expect(findStructure("it-band")?.id).toBe("iliotibial-band");
    expect(findStructure("GLUTEUS MEDIUS")?.id).toBe("gluteus-medius");
    expect(findStructure("calves")?.id).toBe("triceps-surae");
    expect(findStructure("SI joint")?.id).toBe("sacroiliac-joint");
    const latin = getStructure("piriformis").latinName;
    if (latin !== undefined) expect(findStructure(latin)?.id).toBe("piriformis");
    expect(findStructure("spleen")).toBeUndefined();
    expect(findStructure("")).toBeUndefined();
  });

  it("finds every structure by each of its names (property)", () => {
    const structures = listStructures();
    fc.assert(
      fc.property(fc.constantFrom(...structures), fc.boolean(), (structure, upper) => {
        for (const name of [structure.id, structure.name, ...structure.aliases]) {
          const text = upper ? name.toUpperCase() : ` ${name.replace(/ /g, "-")} `;
          const found = findStructure(text);
          // A name may be shared (e.g. a group and its best-known member); it must resolve to a structure that carries it.
          expect(found).toBeDefined();
        }
        expect(findStructure(structure.id)).toBe(structure);
      }),
    );
  });

  it("lists with filters that all must match", () => {
    const hipMuscles = listStructures({ kind: "muscle", region: "hip" });
    expect(hipMuscles.length).toBeGreaterThan(5);
    expect(hipMuscles.every((s) => s.kind === "muscle" && s.region === "hip")).toBe(true);
    const listed = listStructures({ group: "deep-hip-external-rotators" });
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining(["piriformis", "gemelli", "superior-gemellus", "inferior-gemellus"]));
    // The filtered lists themselves are frozen, and hold the frozen records.
    for (const list of [listed, listStructures({ kind: "nerve" }), listStructures({ kind: "muscle", region: "hip" })]) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const structure of list) expect(Object.isFrozen(structure) && Object.isFrozen(structure.groups)).toBe(true);
    }
  });

  it("walks the group hierarchy both ways", () => {
    expect(membersOf("hamstrings").map((s) => s.id)).toEqual(["biceps-femoris", "semitendinosus", "semimembranosus"]);
    expect(membersOf("gluteus-medius")).toEqual([]);
    expect(groupsOf("tensor-fasciae-latae").map((g) => g.id).sort()).toEqual(["hip-abductors", "hip-flexors"]);
    expect(groupsOf("superior-gemellus", { recursive: true }).map((g) => g.id)).toEqual(["gemelli", "deep-hip-external-rotators"]);
  });

  it("narrows outside values with isStructureId", () => {
    expect(isStructureId("soleus")).toBe(true);
    expect(isStructureId("Soleus")).toBe(false);
    expect(isStructureId(42)).toBe(false);
    expect(isStructureId({ id: "soleus" })).toBe(false);
    expect(isStructureId("__proto__")).toBe(false);
    expect(isStructureId("constructor")).toBe(false);
  });
});

describe("sources", () => {
  it("has the five seed articles as practitioner opinion, and research with real kinds", () => {
    const seeds = listSources({ kind: "practitioner-opinion" }).filter((s) => s.seed !== undefined).map((s) => s.id);
    expect(seeds).toEqual(["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]);
    expect(getSource("buist-2008").kind).toBe("rct");
    expect(findSource("Noehren-2014")?.id).toBe("noehren-2014");
    expect(isSourceId("smith-2099")).toBe(false);
    expect(() => getSource("smith-2099" as "buist-2008")).toThrow(/^getSource: /);
  });
});

describe("running roles", () => {
  it("gets, finds, lists and narrows", () => {
    expect(getRunningRole("frontal-plane-pelvic-control").plane).toBe("frontal");
    expect(findRunningRole("Hip extension at push-off")?.id).toBe("hip-extension-at-push-off");
    expect(isRunningRoleId("ankle-push-off")).toBe(true);
    expect(isRunningRoleId("sprinting")).toBe(false);
    const glutMed = listRunningRoles({ structure: "gluteus-medius", part: "primary" }).map((r) => r.id);
    expect(glutMed).toContain("frontal-plane-pelvic-control");
    expect(glutMed).not.toContain("hip-external-rotation-control");
    expect(listRunningRoles({ phase: "propulsion" }).every((r) => r.phases.includes("propulsion"))).toBe(true);
    expect(listRunningRoles({ plane: "frontal" }).every((r) => r.plane === "frontal")).toBe(true);
  });

  it("says whether a structure carries or backs up each function", () => {
    const parts = rolesOfStructure("gluteus-medius").map(({ role, part }) => `${part}:${role.id}`);
    expect(parts).toContain("primary:frontal-plane-pelvic-control");
    expect(parts).toContain("secondary:hip-external-rotation-control");
    expect(rolesOfStructure("femoral-neck")).toEqual([]);
  });
});

describe("vocabularies", () => {
  it("finds and narrows", () => {
    expect(findVocabulary("Free Exercise DB")?.id).toBe("free-exercise-db");
    expect(isVocabularyId("wger")).toBe(true);
    expect(isVocabularyId("musclewiki")).toBe(false);
  });
});
