// Whether this browser may run the interactive map at all (MapLibre 6 needs WebGL2).
// Only checks that the API exists: creating a context to probe it would block the page until the
// GPU process answers, which during first paint can take a second on slow devices. If the context
// cannot be made after all, MapLibre throws and the app keeps the static map (mapCouldNotStart).
export function webGL2Exposed(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}
