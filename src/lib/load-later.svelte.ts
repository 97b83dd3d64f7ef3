// The interface parts the first view does not show (src/components/later/parts.ts) load after it,
// so a reader's first view downloads less: once the map is idle, or as soon as one is needed.
import type { Messages } from './messages/index.ts';
import { tick } from 'svelte';
type LaterParts = typeof import('../components/later/parts.ts');

let parts = $state.raw<LaterParts | null>(null);
let loading: Promise<LaterParts> | null = null;

/** Fetches the parts once; resolves when they can be rendered. A failed fetch is tried again on the
 * next call (where the browser allows: Chromium keeps a failed module, so the notice asks for a reload). */
export function loadLaterUi(): Promise<LaterParts> {
  loading ??= import('../components/later/parts.ts').then(
    (m) => (parts = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The loaded parts, or null until they are: reactive, so a component renders them when they come. */
export const laterUi = {
  get parts() {
    return parts;
  },
};

/** Fetches the parts when the browser is next idle, so the first click on a feature does not wait
 * for them. A failure here is quiet: the reader is told when a part is needed and cannot come. */
export function loadLaterUiWhenIdle(): void {
  const load = () => void loadLaterUi().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

/** What the pages hold of a later dialog (bound with bind:this once its code has come). */
export type LaterDialog = { open(): void };

/** Opens one of the later dialogs, fetching the parts first if need be; a failed fetch is a notice. */
export async function openLaterDialog(dialog: () => LaterDialog | undefined, story: { notify(text: string): void; words: Messages }): Promise<void> {
  try {
    await loadLaterUi();
  } catch {
    // What a reader is told when the parts could not be fetched (the connection dropped, say).
    story.notify(story.words.laterUiFailed);
    return;
  }
  await tick();
  dialog()?.open();
}
