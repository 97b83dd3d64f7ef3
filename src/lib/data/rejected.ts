// What the legend says about features a served file had but the checks left out.

export interface RejectedFeature {
  /** The feature's id, or `#index` when it has none. */
  id: string;
  reason: string;
}

const LISTED = 5;
const count = new Intl.NumberFormat('en');

/** One bounded sentence, however many features were left out. */
export function rejectedSummary(rejected: readonly RejectedFeature[]): string {
  const n = rejected.length;
  const listed = rejected.slice(0, LISTED).map((r) => `${r.id.slice(0, 60)} (${r.reason.slice(0, 200)})`);
  const more = n > LISTED ? `; and ${count.format(n - LISTED)} more` : '';
  return `${count.format(n)} ${n === 1 ? 'feature was' : 'features were'} left out, as the served file differs from the checked data: ${listed.join('; ')}${more}.`;
}
