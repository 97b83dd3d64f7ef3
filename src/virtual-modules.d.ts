/** geo/layers.json, checked by the data gate (build/vite/story-data.ts serves it). */
declare module 'virtual:story-layers' {
  const manifest: import('./lib/schema/story.ts').LayerManifest;
  export default manifest;
}
