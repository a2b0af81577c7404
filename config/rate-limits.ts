// Requests each client address (an IPv6 /64) may make per 10 minutes, counted across all app
// instances. Registration's limit is REGISTRATION_RATE_LIMIT (default 30). An office full of
// clients shares one address, so the limits are there to stop scripts, not people.
export const rateLimitWindowMs = 10 * 60_000;

export const rateLimits = {
  // Opening an invoice page or looking a number up.
  "invoice-lookup": 120,
  // The invoice page asks every 4 s while it is open (150 per 10 min); a few open at once.
  "invoice-status": 600,
  // PDF downloads.
  "invoice-pdf": 30,
  // Opening a renewal page (its token is the key: this stops guessing, not clients).
  "renewal-page": 60,
  // Asking for a renewal code by INN and phone, and typing it (each code also allows five tries,
  // and a signature three codes an hour).
  "renewal-code": 20,
} as const;
