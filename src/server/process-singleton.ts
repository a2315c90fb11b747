/**
 * One value per process for `key`, created on first use. The built site and the server around
 * it load the same source twice (Astro's bundle and the server's own modules are two module
 * graphs in one process): state kept in a module (the store, the rate limits) would exist once
 * per graph. Kept on `globalThis` under a registered symbol, it exists once.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(`lumbung-inovasi:${key}`);
  const slots = globalThis as unknown as Record<symbol, { value: T } | undefined>;
  let slot = slots[symbol];
  if (slot === undefined) {
    slot = { value: create() };
    slots[symbol] = slot;
  }
  return slot.value;
}
