// A bound on nesting, found without recursion: JSON.parse accepts arrays nested 100,000 deep, and
// anything recursive after it (zod, turf, JSON.stringify, MapLibre's worker) would overflow the stack.

/** Whether arrays or objects in `value` nest deeper than `limit` levels (the value itself is level 0). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
