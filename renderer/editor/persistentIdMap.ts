const bucketCount = 256;

/// An immutable map from numeric ids, where `set` and `delete` copy only one of 256 buckets
/// instead of the whole map: plugin state stays persistent without an O(n) copy per action.
export class PersistentIdMap<V> implements ReadonlyMap<number, V> {
  private constructor(
    private readonly buckets: readonly ReadonlyMap<number, V>[],
    readonly size: number,
  ) {}

  /// A map holding `entries`.
  static of<V>(entries: Iterable<readonly [number, V]>): PersistentIdMap<V> {
    const buckets = Array.from({ length: bucketCount }, () => new Map<number, V>());
    for (const [id, value] of entries) buckets[PersistentIdMap.bucketOf(id)]!.set(id, value);
    return new PersistentIdMap(
      buckets,
      buckets.reduce((total, bucket) => total + bucket.size, 0),
    );
  }

  private static bucketOf(id: number): number {
    return ((id % bucketCount) + bucketCount) % bucketCount;
  }

  get(id: number): V | undefined {
    return this.buckets[PersistentIdMap.bucketOf(id)]!.get(id);
  }

  has(id: number): boolean {
    return this.buckets[PersistentIdMap.bucketOf(id)]!.has(id);
  }

  /// A new map with `id` set to `value`; this one is unchanged.
  with(id: number, value: V): PersistentIdMap<V> {
    const index = PersistentIdMap.bucketOf(id);
    const bucket = new Map(this.buckets[index]);
    const had = bucket.has(id);
    bucket.set(id, value);
    const buckets = [...this.buckets];
    buckets[index] = bucket;
    return new PersistentIdMap(buckets, this.size + (had ? 0 : 1));
  }

  /// A new map without `id`; this one is unchanged.
  without(id: number): PersistentIdMap<V> {
    if (!this.has(id)) return this;
    const index = PersistentIdMap.bucketOf(id);
    const bucket = new Map(this.buckets[index]);
    bucket.delete(id);
    const buckets = [...this.buckets];
    buckets[index] = bucket;
    return new PersistentIdMap(buckets, this.size - 1);
  }

  *entries(): MapIterator<[number, V]> {
    for (const bucket of this.buckets) yield* bucket.entries();
  }

  *keys(): MapIterator<number> {
    for (const bucket of this.buckets) yield* bucket.keys();
  }

  *values(): MapIterator<V> {
    for (const bucket of this.buckets) yield* bucket.values();
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
