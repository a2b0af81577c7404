// The load generator of the benchmarks, in a process of its own (plain node, no tsx, nothing else
// on its event loop): node scripts/bench/load.mjs '<json>' prints autocannon's result as JSON.
// The JSON holds autocannon's options; `txnPath` (a path with {txn} in it) and `txnStart` make a
// request with a new txn_id each, for MegaPay pays; with `untilStdinEnds` it runs until its
// standard input is closed (the length of something else the benchmark does) and then reports.
import autocannon from "autocannon";

const { txnPath, txnStart, untilStdinEnds, ...options } = JSON.parse(process.argv[2]);
let txn = txnStart ?? 0;
if (txnPath)
  options.requests = [
    {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: txnPath.replace("{txn}", String(++txn)) }),
    },
  ];
if (untilStdinEnds) options.duration = 3600;
const running = autocannon(options);
if (untilStdinEnds) {
  process.stdin.resume();
  process.stdin.on("end", () => running.stop());
}
const result = await running;
process.stdout.write(JSON.stringify(result));
