// Long work on the one event loop that also answers MegaPay (a year's bank statement, a large
// upload), cut so that requests arriving meanwhile are answered between the pieces. Three words:
// - a turn: one pass of the event loop; `nextTurn()` waits for it, letting I/O in;
// - a slice: a few items of an array worked on between two turns (`inSlices`), for async work
//   such as database queries;
// - a step: what a synchronous reader written as a generator does between two `yield`s; it
//   yields every few milliseconds of work (docs/benchmarks.md, "Bank statements").
// A request handler runs steps in turns (`runStepsInTurns`); `runSteps` runs them at once, for
// tests and the command line only. Inside a reader, a `.map` or `.sort` over every line cannot
// yield: loop and yield instead.
// An `await` on a promise that is already settled is not enough: it never lets I/O in.
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// `work` on each slice of `items` in turn, with a turn of the event loop after each.
export async function inSlices<T>(items: readonly T[], size: number, work: (slice: T[]) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await work(items.slice(i, i + size));
    await nextTurn();
  }
}

// All the steps at once (tests, the command line).
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// A turn of the event loop after each step (a request handler).
export async function runStepsInTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
