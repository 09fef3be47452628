import { createDictionary } from "../internal/dictionary";
import { chainData, linkData } from "./data";
import type { Chain, Link } from "./schema";
/** Id of a built-in chain, derived from the data: a typo is a compile error. */
export type ChainId = ReturnType<typeof chainData>[number]["id"];

/** Id of a built-in link, derived from the data. */
export type LinkId = ReturnType<typeof linkData>[number]["id"];

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const chains = /* @__PURE__ */ createDictionary<Chain, ChainId>({ noun: "chain", getter: "getChain" }, chainData, (chain) => [chain.name]);

/**
 * The built-in rows' lookups, shared by the accessors and by other domains; built on first use.
 *
 * @internal
 */
export const links = /* @__PURE__ */ createDictionary<Link, LinkId>({ noun: "link", getter: "getLink" }, linkData, () => []);
