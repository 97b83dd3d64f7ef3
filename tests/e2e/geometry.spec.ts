// Geometry that tells no lies, as the reader sees it: a line whose route is not known says so in
// the panel and the legend, and an outline that only illustrates is given no measured area.
import { readFileSync } from 'node:fs';
import { test, expect, sharedPage, SCREENS } from './fixtures.ts';
import { LAYER_IDS, PROJECT_ROOT } from '../shared/layers.ts';
import { KIND_STYLES, LINE_KEY } from '../../src/lib/layers/kinds.ts';
import { en } from '../../src/lib/messages/en.ts';
import { enLater } from '../../src/lib/messages/later/en.ts';
import { lineStrokes } from '../../src/lib/layers/line-symbol.ts';

interface Props {
  id: string;
  kind: string;
  precision: string;
  illustrative?: boolean;
}
const features: Props[] = LAYER_IDS.flatMap((id) =>
  (JSON.parse(readFileSync(`${PROJECT_ROOT}/geo/${id}.geojson`, 'utf8')) as { features: { properties: Props }[] }).features.map((f) => f.properties),
);
const schematic = features.find((p) => p.precision === 'schematic' && p.kind === 'railway');
const illustrative = features.find((p) => p.illustrative);

test.describe('schematic lines and illustrative outlines', () => {
  const shared = sharedPage(`./?feature=${schematic?.id}`);

  test('a schematic line says in the panel that its route is not known, and the legend explains the line styles', async () => {
    expect(schematic, 'geo/ has a schematic railway').toBeTruthy();
    const { page } = shared;
    const panel = page.locator('.panel');
    await expect(panel).toHaveAttribute('data-feature-id', schematic!.id);
    await expect(panel.locator('.facts')).toContainText(enLater.schematicSentence);
    await expect(panel).toContainText('Length of the schematic drawing (not of the route)');
    // One row per line symbol, in the key's order, each drawn with the strokes the map draws for it.
    await expect(page.locator('.legend .key[aria-label="Line styles"] li')).toHaveCount(LINE_KEY.length);
    for (const [i, row] of LINE_KEY.entries()) {
      const item = page.locator('.legend .key[aria-label="Line styles"] li').nth(i);
      await expect(item).toHaveAttribute('data-key', row.key);
      await expect(item).toContainText(en.lineKey[row.key]);
      await expect(item.locator('svg line')).toHaveCount(lineStrokes(KIND_STYLES[row.kind], row).length);
    }
    await page.screenshot({ path: `${SCREENS}/geometry-schematic-panel.png` });
  });

  test('an illustrative outline is given no measured area', async () => {
    expect(illustrative, 'geo/ has an illustrative outline').toBeTruthy();
    const { page } = shared;
    await page.locator(`.feature-list button.row[data-feature-id="${illustrative!.id}"]`).click();
    const panel = page.locator('.panel');
    await expect(panel).toHaveAttribute('data-feature-id', illustrative!.id);
    await expect(panel).toContainText('no area is given');
    await expect(panel).not.toContainText('Area as drawn');
    await page.screenshot({ path: `${SCREENS}/geometry-illustrative-panel.png` });
  });
});
