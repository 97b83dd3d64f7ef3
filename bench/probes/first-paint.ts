// The page's first contentful paint, if its map was in that paint (NaN if not). Ours must be: it is
// in the HTML. Leaflet's page marks data-drawn with the time its layers were added, which must be no
// later than that paint.

export const firstPaintWithMap = async (): Promise<number> => {
  const fcp = await new Promise<number>((resolve) =>
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );
  const leafletDrawnAt = document.documentElement.getAttribute('data-drawn');
  const mapInFirstPaint = document.querySelector('svg.story-svg') !== null || (leafletDrawnAt !== null && Number(leafletDrawnAt) <= fcp);
  return mapInFirstPaint ? fcp : NaN;
};

export const leafletDrawn = (): boolean => document.documentElement.hasAttribute('data-drawn');
