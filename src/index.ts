/**
 * kinetic-chain: a typed, tested knowledge base of the running body — structures, their
 * primary and secondary roles in the stride, and the compensation chains between them, with
 * sources and evidence grades on every item.
 *
 * The root entry point re-exports every domain; the zod schemas are in `kinetic-chain/schemas`.
 * The domain entry points (`kinetic-chain/structures`, ...) export the same functions, each
 * domain's alone; those that need no validation (sources, structures, running roles, cross-walks,
 * evidence) load neither zod nor ts-pattern.
 *
 * @example
 * ```ts
 * import { getStructure, listRunningRoles, toVocabulary } from "kinetic-chain";
 *
 * const glutMed = getStructure("gluteus-medius");
 * listRunningRoles({ structure: glutMed.id as "gluteus-medius" }).map((role) => role.name);
 * toVocabulary("gluteus-medius", "react-muscle-highlighter"); // ["gluteal"]
 * ```
 *
 * @module
 */
export * from "./assess";
export * from "./chains";
export * from "./crosswalks";
export * from "./errors";
export * from "./evidence";
export * from "./exercises";
export * from "./knowledge-base";
export * from "./load";
export * from "./plan";
export * from "./protocols";
export * from "./roles";
export * from "./sources";
export * from "./structures";
