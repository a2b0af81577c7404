// "01234567890123" → "0123******0123": enough to tell accounts apart in a log, not to reuse one.
export function maskAccount(account: string): string {
  if (account.length <= 8) return "*".repeat(account.length);
  return `${account.slice(0, 4)}${"*".repeat(account.length - 8)}${account.slice(-4)}`;
}

// A person's name for a payer to recognise, not to read: "Токтогулова Айгүл" → "Т********** А****".
export function maskPersonName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const letters = [...word];
      return letters[0] + "*".repeat(Math.max(letters.length - 1, 1));
    })
    .join(" ");
}
