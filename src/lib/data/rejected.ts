// What the legend says about features a served file had but the checks left out.
import { en, type Messages } from '../messages/index.ts';

export interface RejectedFeature {
  /** The feature's id, or `#index` when it has none. */
  id: string;
  reason: string;
}

const LISTED = 5;

/** One bounded sentence, however many features were left out (the reasons are the checks' own, in English). */
export function rejectedSummary(rejected: readonly RejectedFeature[], m: Messages = en): string {
  const n = rejected.length;
  const listed = rejected.slice(0, LISTED).map((r) => `${r.id.slice(0, 60)} (${r.reason.slice(0, 200)})`);
  return m.rejected(n, listed, Math.max(0, n - LISTED));
}
