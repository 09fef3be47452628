/**
 * Every group reachable from `groups` by following each group's own `groups`: the groups a
 * structure belongs to, directly or through other groups. Depth-first in data order (a group,
 * then the groups it belongs to, then the next group); each group once, so a cycle ends the walk
 * instead of looping.
 *
 * Shared by the structure accessors, the compensation graph and knowledge-base validation, which
 * look groups up in different places, hence `groupsOf`.
 *
 * @internal
 */
export function groupClosure(groups: readonly string[], groupsOf: (id: string) => readonly string[] | undefined): readonly string[] {
  const found = new Set<string>();
  const stack = [...groups].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...[...(groupsOf(id) ?? [])].reverse());
  }
  return [...found];
}
