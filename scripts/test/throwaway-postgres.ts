// A PostgreSQL cluster of our own for tests and tooling: initdb into a temp dir, listen only on
// loopback at a free port, stop and remove everything afterwards. As root it runs as `postgres`.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  url: string;
  port: number;
  dataDir: string;
  start(): void;
  stop(): void;
  remove(): void;
}

export function findPostgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "PostgreSQL server binaries were not found under /usr/lib/postgresql. " +
        "Install Debian's package: apt-get install postgresql",
    );
  }
  return path.join(base, versions[0]!, "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      "running as root, but there is no `postgres` user to run PostgreSQL as: apt-get install postgresql",
    );
  }
}

// Tests run without fsync (nothing they do needs to survive a power cut); `durable` keeps
// PostgreSQL's own defaults (fsync, full_page_writes, synchronous_commit on), as benchmarks need.
export async function startThrowawayPostgres({
  durable = false,
}: { durable?: boolean } = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  const user = postgresUser();
  const root = mkdtempSync(path.join(tmpdir(), "dostek-pg-"));
  const dataDir = path.join(root, "data");
  chmodSync(root, 0o755);
  if (user) chownSync(root, user.uid, user.gid);
  const port = await freePort();

  const run = (file: string, args: string[]) => {
    const result = spawnSync(path.join(bin, file), args, {
      encoding: "utf8",
      cwd: root,
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    if (result.status !== 0) {
      throw new Error(`${file} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    }
  };

  run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
    "-N",
  ]);
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${root}`,
    "-c max_connections=300",
    ...(durable ? [] : ["-c fsync=off", "-c full_page_writes=off"]),
  ].join(" ");

  const cluster: ThrowawayPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start() {
      run("pg_ctl", [
        "-D",
        dataDir,
        "-o",
        options,
        "-l",
        path.join(root, "server.log"),
        "-w",
        "-t",
        "60",
        "start",
      ]);
    },
    stop() {
      if (existsSync(path.join(dataDir, "postmaster.pid"))) {
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      }
    },
    remove() {
      try {
        cluster.stop();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
  cluster.start();
  return cluster;
}
