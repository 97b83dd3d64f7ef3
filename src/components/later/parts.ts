// The parts of the interface the first view never shows: the feature panel, the dialogs, and the
// feature list (below the legend, under the fold at 1280×800, folded on phones). They are
// one chunk, fetched once the map is idle, or at once when one is needed (src/lib/load-later.svelte.ts).
export { default as SelectedFeature } from './SelectedFeature.svelte';
export { default as SourcesDialog } from './SourcesDialog.svelte';
export { default as EmbedCodeDialog } from './EmbedCodeDialog.svelte';
export { default as FeatureList } from './FeatureList.svelte';
