/**
 * One value per key, in key order, `null` for a key with no value: the shape DataLoader needs
 * from a batch function.
 */
export function oneByKey<K, V>(keys: readonly K[], values: readonly V[], keyOf: (value: V) => K): Array<V | null> {
  const byKey = new Map<K, V>();
  for (const value of values) byKey.set(keyOf(value), value);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * One list per key, in key order, `[]` for a key with no value; values keep their input order
 * within a key.
 */
export function manyByKey<K, V, R = V>(
  keys: readonly K[],
  values: readonly V[],
  keyOf: (value: V) => K,
  map: (value: V) => R = (v) => v as unknown as R,
): R[][] {
  const byKey = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const value of values) byKey.get(keyOf(value))?.push(map(value));
  return keys.map((key) => byKey.get(key) ?? []);
}
