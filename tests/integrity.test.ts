import { describe, expect, it } from "vitest";
import {
  getStructure,
  isSourceId,
  knowledgeBase,
  listStructures,
  membersOf,
  groupsOf,
  validateKnowledgeBase,
  type StructureId,
} from "../src";
import { KnowledgeBaseSchema, RunningRoleSchema, SourceSchema, StructureSchema, VocabularySchema } from "../src/schemas";

const ids = <T extends { id: string }>(items: readonly T[]): string[] => items.map((item) => item.id);

describe("the built-in knowledge base", () => {
  it("has no validation issue", () => {
    expect(validateKnowledgeBase(knowledgeBase)).toEqual([]);
  });

  it("parses, item by item, against its schemas", () => {
    expect(KnowledgeBaseSchema.safeParse(knowledgeBase).success).toBe(true);
    for (const source of knowledgeBase.sources) expect(SourceSchema.safeParse(source).error).toBeUndefined();
    for (const structure of knowledgeBase.structures) expect(StructureSchema.safeParse(structure).error).toBeUndefined();
    for (const role of knowledgeBase.roles) expect(RunningRoleSchema.safeParse(role).error).toBeUndefined();
    for (const vocabulary of knowledgeBase.vocabularies) expect(VocabularySchema.safeParse(vocabulary).error).toBeUndefined();
  });

  it("has unique ids in every collection", () => {
    // Every collection of the knowledge base whose items have ids, which includes the original six.
    const collections = (Object.entries(knowledgeBase) as [string, readonly { id?: unknown }[]][]).filter(
      ([, items]) => Array.isArray(items) && items.every((item) => typeof item.id === "string"),
    ) as [string, readonly { id: string }[]][];
    expect(collections.map(([name]) => name)).toEqual(expect.arrayContaining(["chains", "links", "roles", "sources", "structures", "vocabularies"]));
    for (const [name, collection] of collections) expect(new Set(ids(collection)).size, name).toBe(collection.length);
  });

  it("has at least 35 structures, including every non-muscle structure running pain involves", () => {
    expect(knowledgeBase.structures.length).toBeGreaterThanOrEqual(35);
    const required = [
      "iliotibial-band",
      "sciatic-nerve",
      "sacroiliac-joint",
      "lumbar-spine",
      "patellofemoral-joint",
      "femoral-neck",
      "tibia",
      "gluteal-tendons",
    ];
    expect(ids(knowledgeBase.structures)).toEqual(expect.arrayContaining(required));
    const kinds = new Set(knowledgeBase.structures.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(["artery", "bone", "fascia", "joint", "muscle", "muscle-group", "nerve", "tendon", "vein"]);
  });

  it("has every group the design names, each with existing muscles as members", () => {
    const groups = [
      "deep-hip-external-rotators",
      "hamstrings",
      "quadriceps",
      "hip-flexors",
      "hip-abductors",
      "hip-adductors",
      "triceps-surae",
      "core",
      "lumbar-extensors",
    ] as const satisfies readonly StructureId[];
    for (const group of groups) {
      expect(getStructure(group).kind).toBe("muscle-group");
      const members = membersOf(group, { recursive: true });
      expect(members.length, group).toBeGreaterThan(0);
      expect(members.filter((m) => m.kind === "muscle").length, group).toBeGreaterThan(0);
    }
  });

  it("keeps membership and group links inverse of each other", () => {
    for (const structure of listStructures()) {
      for (const group of groupsOf(structure.id as StructureId)) {
        expect(membersOf(group.id as StructureId)).toContain(structure);
      }
    }
    for (const group of listStructures({ kind: "muscle-group" })) {
      for (const member of membersOf(group.id as StructureId)) expect(member.groups).toContain(group.id);
    }
  });

  it("cites only registered sources, and every item cites one", () => {
    const items = [...knowledgeBase.structures, ...knowledgeBase.roles];
    for (const item of items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of [...item.sources, ...(item.verdict?.sources ?? [])]) expect(isSourceId(id), `${item.id} → ${id}`).toBe(true);
    }
    for (const vocabulary of knowledgeBase.vocabularies) expect(isSourceId(vocabulary.source)).toBe(true);
  });

  it("grades claims that rest only on the seed articles as practitioner opinion", () => {
    const seedOnly = (sources: readonly string[]): boolean => sources.every((id) => id.startsWith("seed-"));
    for (const item of [...knowledgeBase.structures, ...knowledgeBase.roles]) {
      if (seedOnly(item.sources) || item.verdict?.status === "unverified") {
        expect(item.grade, item.id).toBe("practitioner-opinion");
      }
    }
  });

  it("is deep-frozen", () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== "object" || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(knowledgeBase, "kb");
    expect(unfrozen).toEqual([]);
    expect(() => {
      (getStructure("piriformis").aliases as string[]).push("x");
    }).toThrow(TypeError);
  });

  it("contains no e-mail address, phone number or social-media handle", () => {
    const text = JSON.stringify(knowledgeBase);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(text).not.toMatch(/\[at\]|\[dot\]/i);
    expect(text).not.toMatch(/\b0\d{3}\s?\d{3}\s?\d{3}\b/);
    expect(text).not.toMatch(/instagram|facebook|dailymile/i);
  });
});

describe("running roles", () => {
  it("cover the running functions the design names", () => {
    expect(ids(knowledgeBase.roles)).toEqual(
      expect.arrayContaining([
        "hip-extension-at-push-off",
        "frontal-plane-pelvic-control",
        "hip-external-rotation-control",
        "knee-shock-absorption",
        "ankle-push-off",
        "trunk-pelvis-stability",
        "swing-phase-hip-flexion",
      ]),
    );
  });

  it("make the seed's primary/secondary distinction: the gluteals carry, back-ups back up", () => {
    const byId = new Map(knowledgeBase.roles.map((role) => [role.id, role]));
    const push = byId.get("hip-extension-at-push-off");
    expect(push?.primary.map((m) => m.structure)).toContain("gluteus-maximus");
    expect(push?.secondary.map((m) => m.structure)).toContain("hamstrings");
    const pelvis = byId.get("frontal-plane-pelvic-control");
    expect(pelvis?.primary.map((m) => m.structure)).toEqual(expect.arrayContaining(["gluteus-medius", "gluteus-minimus"]));
    expect(pelvis?.secondary.map((m) => m.structure)).toEqual(expect.arrayContaining(["tensor-fasciae-latae", "piriformis"]));
    const rotation = byId.get("hip-external-rotation-control");
    expect(rotation?.primary.map((m) => m.structure)).toContain("piriformis");
    expect(rotation?.secondary.map((m) => m.structure)).toContain("gluteus-medius");
  });

  it("never list a structure as both primary and secondary in one role", () => {
    for (const role of knowledgeBase.roles) {
      const primary = new Set(role.primary.map((m) => m.structure));
      for (const member of role.secondary) expect(primary.has(member.structure), `${role.id}: ${member.structure}`).toBe(false);
    }
  });
});
