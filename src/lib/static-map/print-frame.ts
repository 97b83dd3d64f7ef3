// The printed map frames the selected feature: the picture's viewBox narrowed to the feature's
// drawn bounds, with room around it, and never closer than a regional view (the picture's
// coastline is drawn for the whole story's scale).

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room on each side of the feature, as a share of its size. */
const MARGIN = 0.2;
/** The smallest frame, as a share of the whole picture's larger side (about 300 km here). */
const MIN_SHARE = 0.15;

export function printViewBox(feature: ViewBox, whole: ViewBox): ViewBox {
  const min = MIN_SHARE * Math.max(whole.width, whole.height);
  const width = Math.max(min, feature.width * (1 + 2 * MARGIN));
  const height = Math.max(min, feature.height * (1 + 2 * MARGIN));
  const cx = feature.x + feature.width / 2;
  const cy = feature.y + feature.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

export const formatViewBox = (b: ViewBox) => [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 10) / 10).join(' ');
