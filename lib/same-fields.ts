// Whether an edit changes nothing: every field of `after` equal to the same field of `before`
// (a save that changes nothing writes nothing and leaves no audit event).
export function sameFields<T extends object>(before: T, after: T): boolean {
  return (Object.keys(after) as (keyof T)[]).every((key) => before[key] === after[key]);
}
