// The free part of the map: what is left when panels, sheets and controls are cut away.
import { describe, expect, it } from 'vitest';
import { contains, frameMargin, paddingFor, uncoveredBox } from '../../src/lib/map/later/uncovered.ts';
import { metresPer100px, zoomForScale } from '../../src/lib/map/later/scale.ts';

const MAP = { left: 0, top: 100, right: 800, bottom: 700 };
const VIEWPORT = { left: 0, top: 0, right: 800, bottom: 800 };

describe('uncoveredBox', () => {
  it('is the map inside the viewport when nothing covers it', () => {
    expect(uncoveredBox(MAP, VIEWPORT, [])).toEqual(MAP);
    expect(uncoveredBox(MAP, { ...VIEWPORT, bottom: 400 }, [])).toEqual({ ...MAP, bottom: 400 });
  });

  it('cuts a side panel from the side, a bottom sheet from the bottom, a control column from the right', () => {
    expect(uncoveredBox(MAP, VIEWPORT, [{ left: 500, top: 100, right: 800, bottom: 700 }])).toEqual({ ...MAP, right: 500 });
    expect(uncoveredBox(MAP, VIEWPORT, [{ left: 0, top: 400, right: 800, bottom: 800 }])).toEqual({ ...MAP, bottom: 400 });
    expect(uncoveredBox(MAP, VIEWPORT, [{ left: 760, top: 110, right: 790, bottom: 330 }])).toEqual({ ...MAP, right: 760 });
  });

  it('takes the biggest cover first, so a control under a panel costs nothing more', () => {
    const panel = { left: 400, top: 100, right: 800, bottom: 700 };
    const controls = { left: 760, top: 110, right: 790, bottom: 330 };
    const scale = { left: 10, top: 670, right: 110, bottom: 690 };
    expect(uncoveredBox(MAP, VIEWPORT, [controls, scale, panel])).toEqual({ ...MAP, right: 400, bottom: 670 });
  });

  it('ignores covers outside the map', () => {
    expect(uncoveredBox(MAP, VIEWPORT, [{ left: 0, top: 0, right: 800, bottom: 90 }])).toEqual(MAP);
  });
});

describe('paddingFor and contains', () => {
  it('pads each side by what is covered plus a margin', () => {
    expect(paddingFor(MAP, { ...MAP, right: 500, bottom: 650 }, 16)).toEqual({ top: 16, left: 16, right: 316, bottom: 66 });
  });
  it('leaves more room round a feature on a big map than on a small one, within 16–48 px', () => {
    expect(frameMargin({ left: 0, top: 0, right: 800, bottom: 700 })).toBe(48);
    expect(frameMargin({ left: 0, top: 0, right: 340, bottom: 400 })).toBe(24);
    expect(frameMargin({ left: 0, top: 0, right: 200, bottom: 100 })).toBe(16);
  });
  it('tells whether a box lies inside another, to within a pixel', () => {
    expect(contains(MAP, { left: 0.5, top: 99.5, right: 800, bottom: 700 })).toBe(true);
    expect(contains(MAP, { left: 10, top: 120, right: 805, bottom: 200 })).toBe(false);
  });
});

describe('scale', () => {
  it('gives the zoom for a scale, and back', () => {
    const zoom = zoomForScale(21, 12_000);
    expect(metresPer100px(21, zoom)).toBeCloseTo(12_000, 3);
    // Zoom 0 on the equator: the 40,075 km world is 512 px wide.
    expect(metresPer100px(0, 0)).toBeCloseTo((40_075_016.7 / 512) * 100, -2);
  });
});
