// SVG to PNG at build time with resvg (no browser, no network), in fonts the build ships: Noto Sans
// from an npm package, so every machine draws the card's names alike and none reads its own fonts.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CARD_FONT } from './card-style.ts';

/** The faces the picture's names use, and Noto Sans Symbols 2 for the markers' glyphs (◆ ▲ ■). */
const FACES: [pkg: string, file: string][] = [
  ['noto-sans', '400Regular/NotoSans_400Regular.ttf'],
  ['noto-sans', '400Regular_Italic/NotoSans_400Regular_Italic.ttf'],
  ['noto-sans', '700Bold/NotoSans_700Bold.ttf'],
  ['noto-sans-symbols-2', '400Regular/NotoSansSymbols2_400Regular.ttf'],
];

function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return FACES.map(([pkg, file]) => join(dirname(require.resolve(`@expo-google-fonts/${pkg}/package.json`)), file));
}

export function rasterise(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: CARD_FONT, sansSerifFamily: CARD_FONT },
    fitTo: { mode: 'original' },
    logLevel: 'error',
  });
  return resvg.render().asPng();
}
