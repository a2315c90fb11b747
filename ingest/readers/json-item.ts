import type { ReadEvent } from './types.ts';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a parsed JSON value nests more than `max` arrays or objects deep (the item itself is
 * level 1). Walks without recursion and stops at the first node too deep: a value nested
 * 200,000 levels parses, but copying it to a worker or writing it back overflows the stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, level] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (level > max) return true;
    for (const child of Object.values(node)) stack.push([child, level + 1]);
  }
  return false;
}

/** One parsed JSON item as an event: a record, or rejected when not an object or too deep. */
export function jsonItemEvent(
  value: unknown,
  where: { row: number; page?: number },
  maxDepth: number,
  notObject: string,
): ReadEvent {
  if (!isObject(value)) return { kind: 'broken', broken: { ...where, reason: notObject } };
  if (nestsDeeperThan(value, maxDepth)) {
    const reason = `nests deeper than ${String(maxDepth)} levels, the limit`;
    return { kind: 'broken', broken: { ...where, reason } };
  }
  return { kind: 'item', item: { ...where, fields: value } };
}
