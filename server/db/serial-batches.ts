// The queue both group commits share (unit-batcher.ts on SQLite, pg-write-batcher.ts on
// PostgreSQL): jobs that arrive in one turn of the event loop form a batch, flushed on
// setImmediate; one batch is in flight at a time, and the jobs that arrive meanwhile (or that
// `take` leaves for later) form the next. `flush` answers every job of its batch itself and never
// throws.
export class SerialBatches<J> {
  readonly #take: (queue: J[]) => { batch: J[]; later: J[] };
  readonly #flush: (batch: J[]) => Promise<void>;
  #queue: J[] = [];
  #flushing = false;

  constructor(take: (queue: J[]) => { batch: J[]; later: J[] }, flush: (batch: J[]) => Promise<void>) {
    this.#take = take;
    this.#flush = flush;
  }

  add(job: J): void {
    this.#queue.push(job);
    if (!this.#flushing && this.#queue.length === 1) setImmediate(() => void this.#next());
  }

  async #next(): Promise<void> {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = true;
    const { batch, later } = this.#take(this.#queue);
    this.#queue = later;
    try {
      await this.#flush(batch);
    } finally {
      this.#flushing = false;
      if (this.#queue.length > 0) setImmediate(() => void this.#next());
    }
  }
}

// The first `max` jobs, in order of arrival.
export const firstOf =
  <J>(max: number) =>
  (queue: J[]) => ({ batch: queue.slice(0, max), later: queue.slice(max) });
