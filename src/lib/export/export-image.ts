// "Download image": a PNG of the map as the reader sees it (the live map or the picture standing in
// for it) at 1× or 2×, or the build's picture of the first view as an SVG for print, each with the
// title, the selected feature, the legend of the visible layers and the credits. Loaded only when a
// reader asks for an image (DownloadImage.svelte), so the first view pays nothing for it.
import type { StoryController } from '../story-controller.svelte.ts';
import { LANG_TAGS, creditShortIn, nameIn } from '../i18n.ts';
import { laterWordsOf } from '../messages/later/index.ts';
import { pageColor } from './colors.ts';
import { composeSheet, type Sheet } from './compose.ts';
import { legendItems } from './legend-items.ts';
import { keysInLiveMap, keysInPicture } from './in-view.ts';
import { locatorInMap, pictureInMap, scaleBarInMap } from './map-pieces.ts';
import { captureLiveMap } from './capture-live.ts';
import { rasterise } from './rasterise.ts';
import { standaloneSvg } from './svg-file.ts';
import { saveFile } from './save-file.ts';

export type ImageFormat = 'png' | 'png2x' | 'svg';

/** Makes the image and hands it to the browser's downloads; returns the file's name. */
export async function saveMapImage(c: StoryController, format: ImageFormat): Promise<string> {
  const { story } = c;
  const words = laterWordsOf(story);
  const wrap = c.mapWrap;
  const picture = wrap?.querySelector<SVGSVGElement>('svg.story-svg') ?? null;
  // The live map when it is what the reader sees; the picture otherwise (and always for the SVG).
  const live = format !== 'svg' && c.map && c.storyDrawn && c.staticReason === null ? c.map : null;
  if (!wrap || (!live && !picture)) throw new Error('the map is not on the page');
  c.loadDetails();
  await story.loadDetails(c.base).catch(() => undefined);
  const scale = format === 'png2x' ? 2 : 1;
  const mapPixels = live ? await captureLiveMap(live, scale) : null;

  const map: Element[] = [];
  if (!live) map.push(pictureInMap(picture!, wrap));
  const locator = locatorInMap(wrap, format === 'svg' ? picture : null);
  if (locator) map.push(locator);
  const scaleBar = live && scaleBarInMap(wrap);
  if (scaleBar) map.push(scaleBar);

  const palette = {
    surface: pageColor('--surface', '#ffffff'),
    text: pageColor('--text', '#1a1a1a'),
    muted: pageColor('--muted', '#4a4a4a'),
    line: pageColor('--line', '#d8d3c8'),
  };
  const selected = story.selected?.feature.properties;
  const credits = story.articles.map((a) => creditShortIn(a, story.lang));
  const box = wrap.getBoundingClientRect();
  const sheet: Sheet = {
    width: Math.round(box.width),
    mapHeight: Math.round(box.height),
    title: mapTitle(),
    selected: selected ? words.imageSelected(nameIn(selected, story.lang)) : null,
    legend: legendItems(
      story.layers.filter((layer) => story.isVisible(layer.id)),
      story.lang,
      story.words,
      palette.muted,
      // Keys to what the map shows (the SVG is the whole first view: every key its layers need).
      format === 'svg' ? undefined : live ? keysInLiveMap(live, story.index) : keysInPicture(picture!, wrap, story.index),
    ),
    credit: [...(credits.length ? [words.imageSources(credits)] : []), words.imageBasemap],
    map,
    mapBackground: live ? null : pageColor('--sea', '#cfe3ef', wrap),
    lang: LANG_TAGS[story.lang],
    palette,
    font: getComputedStyle(document.documentElement).fontFamily,
  };
  const composed = composeSheet(sheet);
  const base = `china-vietnam-map${story.selectedId ? `-${story.selectedId}` : ''}`;
  const name = format === 'svg' ? `${base}-first-view.svg` : `${base}${scale === 2 ? '@2x' : ''}.png`;
  saveFile(format === 'svg' ? standaloneSvg(composed.svg) : await rasterise(composed, scale, mapPixels), name);
  return name;
}

/** The page's own title: its heading (the full page, the story) or the document's (the embed). */
function mapTitle(): string {
  return document.querySelector('h1')?.textContent?.trim() || document.title;
}
