// The maps' size: the peers (baseline, Leaflet) draw at the app's map size, and the run fails when one
// does not, since the comparison would not be like for like.
import type { Browser, Page } from '@playwright/test';
import { clientSize, roundedClientSize, type Size } from '../probes/map-size.ts';
import { ORIGIN } from '../server.ts';
import { closeAndSettle, newPage } from '../pages.ts';

export type { Size };

const canvasSize = (page: Page): Promise<Size> => page.locator('canvas').first().evaluate(roundedClientSize);

/** The app's map size at the bench's viewport: the peers draw the same number of pixels. */
export async function appMapSize(browser: Browser): Promise<Size> {
  const { context, page } = await newPage(browser);
  await page.goto(`${ORIGIN}/`);
  await page.locator('.maplibregl-canvas').waitFor({ state: 'attached', timeout: 60_000 });
  const size = await canvasSize(page);
  await closeAndSettle(context);
  return size;
}

/** The query that sizes a peer page's map (bench/peer-map-size.ts). */
export const peerQuery = (size: Size) => `?width=${size.width}&height=${size.height}`;

function expectSize(got: Size, expected: Size, what: string, tolerance: number) {
  if (Math.abs(got.width - expected.width) > tolerance || Math.abs(got.height - expected.height) > tolerance) {
    throw new Error(`bench: the ${what} map is ${got.width}×${got.height} px, the app's is ${expected.width}×${expected.height}; they must match`);
  }
}

/** Fails the run when a page's map canvas is not the app's size (as when a CSP once dropped the
 * baseline's styles and it drew a 300 px strip). */
export const expectMapSize = async (page: Page, expected: Size, what: string) => expectSize(await canvasSize(page), expected, what, 1);

/** The same for the Leaflet page, whose map is its #map element (no canvas). */
export const expectLeafletMapSize = async (page: Page, expected: Size) => expectSize(await page.locator('#map').evaluate(clientSize), expected, 'Leaflet', 0);
