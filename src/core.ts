/**
 * The part of the library that needs neither zod nor ts-pattern: the sources, structures,
 * running roles, cross-walks and evidence entry points. The build emits it as its own module,
 * which the root module imports; those five entry points re-export it, so importing one of them
 * loads no validation code, while its functions stay identical to the root's.
 *
 * @internal
 */
export * from "./crosswalks";
export * from "./evidence";
export * from "./roles";
export * from "./sources";
export * from "./structures";
