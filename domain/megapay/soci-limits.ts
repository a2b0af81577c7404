export interface SociLimits {
  minTyiyn: number;
  maxTyiyn: number;
}

export function sociSumProblem(sumTyiyn: number, limits: SociLimits): "too-small" | "too-large" | null {
  if (sumTyiyn < limits.minTyiyn) return "too-small";
  if (sumTyiyn > limits.maxTyiyn) return "too-large";
  return null;
}
