// Summaries of a list of samples (NaN for none).

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
export const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : NaN);
