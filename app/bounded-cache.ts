// A cache bounded by the total size of its values, evicting the least recently used first.
// A Map keeps insertion order, so taking an entry out and putting it back marks it as used.
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  #bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= this.sizeOf(previous);
    }
    this.#entries.set(key, value);
    this.#bytes += this.sizeOf(value);
    for (const [oldKey, oldValue] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= this.sizeOf(oldValue);
    }
  }

  get bytes(): number {
    return this.#bytes;
  }
}
