// A fixed-window counter per key (for example per client address), kept in memory.
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  maxKeys?: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();
  readonly #options: Required<RateLimitOptions>;

  constructor(options: RateLimitOptions) {
    this.#options = { now: Date.now, maxKeys: 100_000, ...options };
  }

  hit(key: string): RateLimitResult {
    const { limit, windowMs, now, maxKeys } = this.#options;
    const at = now();
    let window = this.#windows.get(key);
    if (!window || at - window.startedAt >= windowMs) {
      if (!window && this.#windows.size >= maxKeys) this.#evictExpired(at);
      window = { startedAt: at, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return { allowed: false, retryAfterMs: window.startedAt + windowMs - at };
  }

  #evictExpired(at: number) {
    for (const [key, window] of this.#windows) {
      if (at - window.startedAt >= this.#options.windowMs) this.#windows.delete(key);
    }
    if (this.#windows.size >= this.#options.maxKeys) this.#windows.clear();
  }
}
