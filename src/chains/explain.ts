import { match } from "ts-pattern";
import type { KnowledgeBase } from "../knowledge-base/schema";
import { graphOf, type Graph } from "./graph";
import { parseInput } from "../internal/input";
import { type ChainPath, ChainPathSchema, type Condition, type MovementFault, type State } from "../links/schema";

/** Plain-language labels of the movement faults, used in sentences and diagrams. */
export const FAULT_LABELS: Readonly<Record<MovementFault, string>> = /* @__PURE__ */ Object.freeze({
  "femoral-internal-rotation": "the thigh bone turns inward",
  "contralateral-pelvic-drop": "the pelvis drops on the side of the swinging leg",
  "anterior-pelvic-tilt": "the pelvis tips forward",
  "knee-valgus": "the knee falls inward",
  overstriding: "the foot lands far ahead of the body",
  "shortened-stride": "the stride shortens",
  "forefoot-strike": "the foot lands on the forefoot",
  "reduced-hip-extension": "the hip extends less at push-off",
});

const CONDITION_PHRASES: Readonly<Record<Condition, string>> = {
  weak: "weak",
  inhibited: "not firing (inhibited)",
  fatigued: "tiring early",
  tight: "tight",
  shortened: "shortened",
  lengthened: "lengthened",
  overloaded: "overloaded",
  irritated: "irritated",
  compressed: "compressed",
};

/** Names that keep their capital inside a sentence: eponyms. */
const EPONYM = /^(Achilles)\b/;

/** A structure's name for use inside a sentence: lower-cased unless an acronym or an eponym. */
function nameOf(graph: Graph, id: string): string {
  const name = graph.structures.get(id)?.name ?? id;
  return /^[A-Z][a-z]/.test(name) && !EPONYM.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

/** Whether a structure's name reads as plural ("hamstrings are", "gemelli are", but "core is"). */
function isPlural(graph: Graph, id: string): boolean {
  const structure = graph.structures.get(id);
  const head = (structure?.name ?? id).replace(/\s*\(.*$/, "");
  return structure?.kind === "muscle-group" && /[si]$/.test(head);
}

/**
 * A state as a clause: "gluteus medius is overloaded", "the pelvis tips forward".
 *
 * @internal
 */
export function describeState(graph: Graph, state: State): string {
  if ("fault" in state) return FAULT_LABELS[state.fault];
  return `${nameOf(graph, state.structure)} ${isPlural(graph, state.structure) ? "are" : "is"} ${CONDITION_PHRASES[state.condition]}`;
}

const capitalize = (text: string): string => (text[0]?.toUpperCase() ?? "") + text.slice(1);

/**
 * A path as readable sentences, one per step, in the library's own words: what leads to what,
 * by which mechanism, what the runner feels and where, on which side, and what research says
 * of the step.
 *
 * @param path - A path from {@link traceForward}, {@link traceBack} or {@link compensatorsFor}.
 * @param options - The knowledge base the path came from, for structure names; default built-in.
 * @returns One sentence per step.
 * @throws `KineticChainError` `invalid_input` when `path` is not a path.
 * @example
 * ```ts
 * import { explainPath, traceForward } from "kinetic-chain/chains";
 *
 * const [path] = traceForward({ structure: "gluteus-maximus", condition: "weak" });
 * explainPath(path!);
 * // ["Gluteus maximus is weak, so hamstrings are overloaded taking over its work. Felt as tightness
 * //   and soreness in hamstrings. Research has not tested this step."]
 * ```
 */
export function explainPath(path: ChainPath, options: { readonly knowledgeBase?: KnowledgeBase } = {}): readonly string[] {
  const checked = parseInput("explainPath", ChainPathSchema, path);
  const graph = graphOf("explainPath", options.knowledgeBase);
  return Object.freeze(
    checked.steps.map((step) => {
      const from = describeState(graph, step.from);
      const to = describeState(graph, step.to);
      const sentence = match(step.link.mechanism)
        .with("substitution", () =>
          "fault" in step.from ? `${from}, so ${to} working to correct it.` : `${from}, so ${to} taking over its work.`,
        )
        .with("altered-alignment", () => `${from}, which alters alignment: ${to}.`)
        .with("altered-gait", () => `${from}, which changes the stride: ${to}.`)
        .with("increased-load", () => `${from}, which adds load: ${to}.`)
        .with("reciprocal-inhibition", () => `${from}, which damps the opposing muscles: ${to}.`)
        .with("nerve-compression", () => `${from} and presses on a nerve: ${to}.`)
        .with("deconditioning", () => `${from}, so ${to} from doing less of the work.`)
        .exhaustive();
      const felt = step.link.symptoms.map(
        (symptom) => `${symptom.sensations.join(" and ")} in ${nameOf(graph, symptom.structure)}`,
      );
      const side = step.side === undefined || step.side === "both" ? "" : `(${step.side} side) `;
      const research = match(step.link.verdict?.status)
        .with("supported", () => " Research supports this step.")
        .with("contested", () => " Research is divided on this step.")
        .with("unverified", () => " Research has not tested this step.")
        .with("contradicted", () => " Research contradicts this step.")
        .with(undefined, () => "")
        .exhaustive();
      return `${side}${capitalize(sentence)}${felt.length > 0 ? ` Felt as ${felt.join("; ")}.` : ""}${research}`;
    }),
  );
}
