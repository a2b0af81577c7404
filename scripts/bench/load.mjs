// The load generator of the benchmarks, in a process of its own (plain node, no tsx, nothing else
// on its event loop): node scripts/bench/load.mjs '<json>' prints autocannon's result as JSON.
// The JSON holds autocannon's options; `txnPath` (a path with {txn} in it) and `txnStart` make a
// request with a new txn_id each, for MegaPay pays.
import autocannon from "autocannon";

const { txnPath, txnStart, ...options } = JSON.parse(process.argv[2]);
let txn = txnStart ?? 0;
if (txnPath)
  options.requests = [
    {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: txnPath.replace("{txn}", String(++txn)) }),
    },
  ];
const result = await autocannon(options);
process.stdout.write(JSON.stringify(result));
