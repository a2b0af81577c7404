// Server actions as an attacker would call them: straight at the server with the action's id,
// not through our forms. The ids come from the build's server-reference manifest; the list of
// actions comes from the source files, so a new action cannot be missed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");

export interface ServerAction {
  // "<file relative to app/>#<exported name>", e.g. "[locale]/office/(staff)/staff/actions.ts#addStaffAction"
  key: string;
  // (previousState, form) for forms that use useActionState, else (form).
  takesState: boolean;
}

// Every exported server action in the files under `dir` (relative to app/).
export function serverActionsInSource(dir: string): ServerAction[] {
  const base = path.join(root, "app");
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = path.join(d, name);
      return statSync(full).isDirectory() ? walk(full) : name === "actions.ts" ? [full] : [];
    });
  return walk(path.join(base, dir)).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    if (!source.startsWith('"use server"')) return [];
    const relative = path.relative(base, file).split(path.sep).join("/");
    return [...source.matchAll(/export async function (\w+)\(([^)]*)\)/g)].map((m) => ({
      key: `${relative}#${m[1]}`,
      takesState: m[2]!.includes(","),
    }));
  });
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  exportedName?: string;
  filename?: string;
}

// The action's id in this build, and a page of the build that carries it (an action is called
// on a page whose bundle holds it).
export function actionIdOf(key: string): { id: string; pagePath: string } {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const [file, name] = key.split("#");
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === `app/${file}` && entry.exportedName === name,
  );
  if (!found) throw new Error(`${key} is not in the build's server-reference manifest`);
  const [id, entry] = found;
  const worker = Object.keys(entry.workers)[0]!;
  const pagePath = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace("[locale]", "ky")
    .replace("[id]", "1")
    .replace("[inn]", "01234567890123");
  return { id, pagePath: pagePath || "/" };
}

type Field = string | { name: string; mimeType: string; buffer: Buffer };

// Calls a server action the way React's client does (encodeReply: the arguments as JSON in
// part "0", the form's fields as parts "_1_<name>", as React 19's client writes them), from
// `origin`.
export function callServerAction(
  request: APIRequestContext,
  action: ServerAction,
  fields: Record<string, Field>,
  origin: string,
): Promise<APIResponse> {
  const { id, pagePath } = actionIdOf(action.key);
  // The fields first and the arguments last, as React writes them: the server resolves the
  // form reference when part "0" arrives, from the parts it has seen. (A FormData, not an
  // object: an object would enumerate the key "0" first.)
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") multipart.append(`_1_${name}`, value);
    else
      multipart.append(
        `_1_${name}`,
        new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }),
        value.name,
      );
  }
  multipart.append(
    "0",
    JSON.stringify(
      action.takesState ? [{ errors: {}, values: {}, problems: [], problemCount: 0 }, "$K1"] : ["$K1"],
    ),
  );
  return request.post(pagePath, {
    headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
}

// A date as the app writes it into SQLite (server/db/sqlite-statements.ts), for the rows a spec
// writes itself.
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

// The e2e server's database, read-only (SQLite in WAL mode lets us read while it writes).
export function e2eDatabase({ writable = false } = {}): Database.Database {
  const url = process.env.E2E_DATABASE_URL ?? "";
  return new Database(url.replace(/^file:/, ""), { readonly: !writable, fileMustExist: true });
}
