// One data problem, located precisely enough that an editor can fix it.
export interface Problem {
  file: string;
  /** The feature's id, or `#index` when it has no usable id; empty for file-level problems. */
  feature: string;
  /** JSON path inside the file or feature, e.g. `properties.excerpts[0].text`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.feature, p.path].filter(Boolean).join(':');
  return `${p.severity === 'warning' ? 'warning' : 'error'} ${where}: ${p.message}`;
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
