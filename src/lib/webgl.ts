// Whether this browser can run the interactive map at all (MapLibre 6 needs WebGL2).
export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
