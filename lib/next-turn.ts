// A turn of the event loop: long work (a year's bank statement) awaits it between its slices, so
// that requests that arrived meanwhile (MegaPay's pays) are answered before the next slice. An
// `await` on a promise that is already settled is not enough: it never lets I/O in.
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// `work` on each slice of `items` in turn, with a turn of the event loop after each.
export async function inSlices<T>(items: readonly T[], size: number, work: (slice: T[]) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await work(items.slice(i, i + size));
    await nextTurn();
  }
}

// Work written as a generator that yields between its steps (a year's bank statement being
// read): run at once, or with a turn of the event loop at each step.
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsInTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
