// The sequence numbers a reader has already handled, so the overlap re-reads of the change feed
// (lib/db/live-changes.ts) and a NOTIFY that races a poll deliver each event once. Bounded: only
// the newest `capacity` numbers are kept, older ones fall outside every overlap window anyway.
export class SeenSeqs {
  private readonly seqs = new Set<number>();
  private readonly order: number[] = [];
  private highest = 0;

  constructor(private readonly capacity = 10_000) {}

  /** Marks `seq` seen; false if it already was. */
  add(seq: number): boolean {
    if (this.seqs.has(seq)) return false;
    this.seqs.add(seq);
    this.order.push(seq);
    if (seq > this.highest) this.highest = seq;
    if (this.order.length > this.capacity) this.seqs.delete(this.order.shift()!);
    return true;
  }

  has(seq: number): boolean {
    return this.seqs.has(seq);
  }

  /** The highest seq seen (0 for none): a reader's cursor. */
  get cursor(): number {
    return this.highest;
  }

  /** Raises the cursor without marking anything seen (a fresh reader starts at the latest seq). */
  advanceTo(seq: number): void {
    if (seq > this.highest) this.highest = seq;
  }

  /** The seen seqs above `floor`, for a query that should leave them out. */
  since(floor: number): number[] {
    return this.order.filter((seq) => seq > floor);
  }
}
