// The features' notes in Vietnamese and Chinese say the same as the English: every figure of note_en
// (lengths, dates, chainages, coordinates, prices) is in each translation, and the bridges it names too.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const story = validateStory(readStoryFiles(root));
const features = Object.values(story.collections).flatMap((l) => l.features);
const noted = features.filter((f) => f.properties.note_en);

const SCALE: Record<string, number> = { billion: 1e9, million: 1e6, tỷ: 1e9, triệu: 1e6, 亿: 1e8, 万: 1e4 };

/** The numbers a note states, as values: "1,435" (en), "1.435" and "293,6" (vi), "60亿" (zh), "US$6 billion". */
function figures(text: string, lang: 'en' | 'vi' | 'zh'): number[] {
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)*)\s*(billion|million|tỷ|triệu|亿|万)?/g)) {
    // A vi "1.435" groups thousands; a vi "293,6" is a decimal. Likewise the other way round in en and zh.
    const raw = m[1]!.split(group).every((part, i) => i === 0 || part.length === 3) ? m[1]!.split(group).join('') : m[1]!;
    const value = Number(raw.replace(decimal, '.'));
    for (const n of m[2] ? [value * SCALE[m[2]]!] : [value]) out.push(Math.round(n * 1000) / 1000);
  }
  return out;
}

describe("features' notes in Vietnamese and Chinese", () => {
  it('exist wherever the English note does', () => {
    expect(noted.length).toBeGreaterThan(0);
    for (const f of noted) for (const key of ['note_vi', 'note_zh'] as const) expect(f.properties[key], `${f.properties.id}.${key}`).toBeTruthy();
  });

  it('state every figure the English note states', () => {
    const missing = noted.flatMap(({ properties: p }) =>
      (['vi', 'zh'] as const).flatMap((lang) => {
        const translated = figures(p[`note_${lang}`]!, lang);
        return figures(p.note_en!, 'en')
          .filter((n) => !translated.includes(n))
          .map((n) => `${p.id}.note_${lang} lacks ${n}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('name the bridge a line crosses the sea on', () => {
    for (const f of noted.filter((f) => f.properties.bridge)) {
      expect(f.properties.note_en, f.properties.id).toMatch(/bridge/);
      expect(f.properties.note_vi, f.properties.id).toMatch(/cầu/);
      expect(f.properties.note_zh, f.properties.id).toMatch(/桥/);
    }
  });
});

describe('figures read from a note', () => {
  it('in each language’s own way of writing them', () => {
    expect(figures('km 293.6, 1,435 mm, US$6 billion, 22 million t', 'en')).toEqual([293.6, 1435, 6e9, 22e6]);
    expect(figures('km 293,6, 1.435 mm, 6 tỷ USD, 3,5 triệu tấn', 'vi')).toEqual([293.6, 1435, 6e9, 3.5e6]);
    expect(figures('293.6公里，1435毫米，60亿美元，350万吨', 'zh')).toEqual([293.6, 1435, 6e9, 3.5e6]);
  });
});
