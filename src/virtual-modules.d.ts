/** geo/layers.json, checked by the data gate (build/vite/story-data.ts serves it). */
declare module 'virtual:story-layers' {
  const manifest: import('./lib/schema/story.ts').LayerManifest;
  export default manifest;
}

/** Each layer file's SHA-256 (hex) as the build wrote it, by path (`data/<id>.geojson`); build/vite/story-data.ts. */
declare module 'virtual:story-digests' {
  const digests: Record<string, string>;
  export default digests;
}
