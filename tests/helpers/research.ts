import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Text of a research note, from the fixture copy kept in sync with shared/research. */
export function researchNote(name: "anchors.md" | "evidence.md" | "injuries.md"): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/research/${name}`, import.meta.url)), "utf8");
}

/** The verified ontology table of anchors.md: structure label → { uberon, fma } cells as written. */
export function ontologyTable(): Map<string, { uberon: string; fma: string }> {
  const text = researchNote("anchors.md");
  const section = text.slice(text.indexOf("## Ontology identifiers"));
  const rows = new Map<string, { uberon: string; fma: string }>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 5 || cells[1] === "Structure" || cells[1]?.startsWith("---")) continue;
    const [label, uberon, fma] = [cells[1] ?? "", cells[2] ?? "", cells[3] ?? ""];
    const labels = label.split(" / ");
    if (labels.length > 1) {
      // "adductor longus / brevis / magnus" with "a / b / c" cells.
      const [first = ""] = labels;
      const stem = first.split(" ").slice(0, -1).join(" ");
      const ids = { uberon: uberon.split(" / "), fma: fma.split(" / ") };
      labels.forEach((part, i) =>
        rows.set(i === 0 ? part : `${stem} ${part}`, { uberon: ids.uberon[i] ?? "", fma: ids.fma[i] ?? "" }),
      );
    } else rows.set(label, { uberon, fma });
  }
  return rows;
}

/** The exact key list of each external vocabulary, as anchors.md gives it. */
export function vocabularyKeys(): Record<"free-exercise-db" | "wger" | "react-body-highlighter" | "react-muscle-highlighter", string[]> {
  const text = researchNote("anchors.md");
  const line = (prefix: string): string => {
    const found = text.split("\n").find((l) => l.startsWith(`- ${prefix}:`));
    if (found === undefined) throw new Error(`no key list for ${prefix}`);
    return found.slice(prefix.length + 3).trim();
  };
  const list = (prefix: string): string[] =>
    line(prefix)
      .split(".")[0]!
      .split(",")
      .map((key) => key.trim());
  const wger = [...line("wger (id: Latin / plain)").split(". No ")[0]!.matchAll(/(?:^|, )(\d+) /g)].map((m) => m[1]!);
  return {
    "free-exercise-db": list("free-exercise-db"),
    wger,
    "react-body-highlighter": list("react-body-highlighter"),
    "react-muscle-highlighter": list("react-muscle-highlighter"),
  };
}
