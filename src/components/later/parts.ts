// The parts of the interface the first view never shows: the feature panel and the dialogs. They are
// one chunk, fetched once the map is idle, or at once when one is needed (src/lib/load-later.svelte.ts).
export { default as SelectedFeature } from './SelectedFeature.svelte';
export { default as SourcesDialog } from './SourcesDialog.svelte';
export { default as EmbedCodeDialog } from './EmbedCodeDialog.svelte';
