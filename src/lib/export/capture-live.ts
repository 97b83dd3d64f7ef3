// The live map's pixels, read straight after MapLibre draws a frame (its WebGL canvas keeps no copy
// of a frame once the page has shown it, so it is read in the 'render' event, in the same task). At
// 2× on a 1× screen the map draws one frame at twice its pixel ratio first (crisp lines and labels,
// not an enlargement), and goes back to the screen's ratio after.
import type { Map as MapLibreMap } from 'maplibre-gl';

const once = (map: MapLibreMap, event: 'idle' | 'render', then?: () => void) =>
  new Promise<void>((resolve) =>
    map.once(event, () => {
      then?.();
      resolve();
    }),
  );

export async function captureLiveMap(map: MapLibreMap, scale: number): Promise<HTMLCanvasElement> {
  const ratio = map.getPixelRatio();
  const sharper = ratio < scale;
  if (sharper) {
    const settled = once(map, 'idle');
    map.setPixelRatio(scale);
    await settled;
  }
  const canvas = map.getCanvas();
  const copy = document.createElement('canvas');
  try {
    const drawn = once(map, 'render', () => {
      [copy.width, copy.height] = [canvas.width, canvas.height];
      copy.getContext('2d')?.drawImage(canvas, 0, 0);
    });
    map.triggerRepaint();
    await drawn;
  } finally {
    // Back to following the screen (MapLibre's null: devicePixelRatio) unless it was set to something else.
    if (sharper) map.setPixelRatio((ratio === devicePixelRatio ? null : ratio) as number);
  }
  return copy;
}
