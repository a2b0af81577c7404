// Autocannon in a process of its own (load.mjs), so that the load generator never shares an event
// loop with the process that started the apps (it turned out not to be what held pays back:
// docs/benchmarks.md, 2026-12-05).
import { execFile } from "node:child_process";
import path from "node:path";
import type autocannon from "autocannon";
import type { Result } from "autocannon";

// A pay row sends a new txn_id with each request: `txnPath` holds {txn}, numbered from `txnStart`.
export type LoadOptions = Partial<autocannon.Options> & { txnPath?: string; txnStart?: number };

function spawnLoad(options: LoadOptions & { untilStdinEnds?: boolean }) {
  let child!: ReturnType<typeof execFile>;
  const result = new Promise<Result>((resolve, reject) => {
    child = execFile(
      process.execPath,
      [path.join(import.meta.dirname, "load.mjs"), JSON.stringify(options)],
      { maxBuffer: 64 * 2 ** 20 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as Result)),
    );
  });
  return { child, result };
}

// One run for its duration.
export const load = (options: LoadOptions): Promise<Result> => spawnLoad(options).result;

// A run that lasts until stop() (the length of something else being measured).
export function startLoad(options: LoadOptions): { stop(): Promise<Result> } {
  const { child, result } = spawnLoad({ ...options, untilStdinEnds: true });
  return {
    stop() {
      child.stdin?.end();
      return result;
    },
  };
}
