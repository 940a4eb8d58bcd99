const bucketCount = 256;

type Bucket<V> = readonly (readonly [number, V])[];

/// An immutable map from numeric ids, where `set` and `delete` copy only one of 256 small
/// buckets (plain arrays, cheaper to copy than maps) and the bucket list, instead of the whole
/// map: plugin state stays persistent without an O(n) copy per action.
export class PersistentIdMap<V> implements ReadonlyMap<number, V> {
  private constructor(
    private readonly buckets: readonly Bucket<V>[],
    readonly size: number,
  ) {}

  /// A map holding `entries` (the last value wins for a repeated id).
  static of<V>(entries: Iterable<readonly [number, V]>): PersistentIdMap<V> {
    const buckets = Array.from({ length: bucketCount }, () => new Map<number, V>());
    for (const [id, value] of entries) buckets[PersistentIdMap.bucketOf(id)]!.set(id, value);
    return new PersistentIdMap(
      buckets.map((bucket) => [...bucket.entries()]),
      buckets.reduce((total, bucket) => total + bucket.size, 0),
    );
  }

  private static bucketOf(id: number): number {
    return ((id % bucketCount) + bucketCount) % bucketCount;
  }

  private entry(id: number): readonly [number, V] | undefined {
    return this.buckets[PersistentIdMap.bucketOf(id)]!.find((entry) => entry[0] === id);
  }

  get(id: number): V | undefined {
    return this.entry(id)?.[1];
  }

  has(id: number): boolean {
    return this.entry(id) !== undefined;
  }

  /// A new map with `id` set to `value`; this one is unchanged.
  with(id: number, value: V): PersistentIdMap<V> {
    const index = PersistentIdMap.bucketOf(id);
    const bucket = this.buckets[index]!;
    const at = bucket.findIndex((entry) => entry[0] === id);
    const updated = bucket.slice();
    if (at < 0) updated.push([id, value]);
    else updated[at] = [id, value];
    return this.withBucket(index, updated, this.size + (at < 0 ? 1 : 0));
  }

  /// A new map without `id`; this one is unchanged.
  without(id: number): PersistentIdMap<V> {
    const index = PersistentIdMap.bucketOf(id);
    const bucket = this.buckets[index]!;
    const at = bucket.findIndex((entry) => entry[0] === id);
    if (at < 0) return this;
    const updated = bucket.slice();
    updated.splice(at, 1);
    return this.withBucket(index, updated, this.size - 1);
  }

  private withBucket(index: number, bucket: Bucket<V>, size: number): PersistentIdMap<V> {
    const buckets = this.buckets.slice();
    buckets[index] = bucket;
    return new PersistentIdMap(buckets, size);
  }

  *entries(): MapIterator<[number, V]> {
    for (const bucket of this.buckets) for (const [id, value] of bucket) yield [id, value];
  }

  *keys(): MapIterator<number> {
    for (const bucket of this.buckets) for (const [id] of bucket) yield id;
  }

  *values(): MapIterator<V> {
    for (const bucket of this.buckets) for (const [, value] of bucket) yield value;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
