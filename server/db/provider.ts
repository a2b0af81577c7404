export type DatabaseProvider = "sqlite" | "postgresql";

export const defaultDatabaseUrl = "file:./data/dostek.db";

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}
