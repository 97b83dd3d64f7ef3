import { describe, expect, it } from 'vitest';
import { envelope, parseHostMessage, parseMapMessage, MAX_HEIGHT, MIN_HEIGHT, embedHeight } from '../../src/lib/embed/protocol.ts';

describe('embed protocol', () => {
  it('accepts well-formed map messages and clamps heights', () => {
    expect(parseMapMessage(envelope({ type: 'height', height: 612.4 }))).toEqual({ type: 'height', height: 612 });
    expect(parseMapMessage(envelope({ type: 'height', height: 1e9 }))).toEqual({ type: 'height', height: MAX_HEIGHT });
    expect(parseMapMessage(envelope({ type: 'height', height: -5 }))).toEqual({ type: 'height', height: MIN_HEIGHT });
    expect(parseMapMessage(envelope({ type: 'feature-selected', id: 'kh-rail-yunnan' }))).toEqual({ type: 'feature-selected', id: 'kh-rail-yunnan' });
    expect(parseMapMessage(envelope({ type: 'layers-changed', layers: ['south-china-sea'] }))).toEqual({ type: 'layers-changed', layers: ['south-china-sea'] });
    expect(parseMapMessage({ ...envelope({ type: 'hello' }), extra: '<script>' })).toEqual({ type: 'hello' });
    expect(parseMapMessage(envelope({ type: 'chapter-shown', id: 'south-china-sea', index: 7 }))).toEqual({
      type: 'chapter-shown',
      id: 'south-china-sea',
      index: 7,
    });
    expect(parseMapMessage(envelope({ type: 'chapter-shown', id: 'xi-visits-hanoi', index: 0 }))).toEqual({
      type: 'chapter-shown',
      id: 'xi-visits-hanoi',
      index: 0,
    });
  });

  it('accepts well-formed host commands', () => {
    expect(parseHostMessage(envelope({ type: 'select-feature', id: 'scs-paracel-islands' }))).toEqual({ type: 'select-feature', id: 'scs-paracel-islands' });
    expect(parseHostMessage(envelope({ type: 'set-layers', layers: [] }))).toEqual({ type: 'set-layers', layers: [] });
    expect(parseHostMessage(envelope({ type: 'reset-view' }))).toEqual({ type: 'reset-view' });
    expect(parseHostMessage(envelope({ type: 'show-chapter', id: 'links-to-hanoi' }))).toEqual({ type: 'show-chapter', id: 'links-to-hanoi' });
  });

  it('keeps chapter messages to their own side: the map does not take chapter-shown, nor the host show-chapter', () => {
    expect(parseHostMessage(envelope({ type: 'chapter-shown', id: 'links-to-hanoi', index: 2 }))).toBeNull();
    expect(parseMapMessage(envelope({ type: 'show-chapter', id: 'links-to-hanoi' }))).toBeNull();
  });

  const hostile: unknown[] = [
    null,
    undefined,
    'select-feature',
    42,
    [],
    { type: 'reset-view' },
    { ns: 'other', v: 1, type: 'reset-view' },
    { ns: 'china-vietnam-story-map', v: 2, type: 'reset-view' },
    { ns: 'china-vietnam-story-map', v: 1, type: 'eval', code: 'alert(1)' },
    envelope({ type: 'height', height: Number.NaN }),
    { ...envelope({ type: 'ready' }), type: 'height', height: '100' },
    { ...envelope({ type: 'ready' }), type: 'feature-selected', id: '<img src=x onerror=alert(1)>' },
    { ...envelope({ type: 'ready' }), type: 'select-feature', id: 'x'.repeat(500) },
    { ...envelope({ type: 'ready' }), type: 'set-layers', layers: 'south-china-sea' },
    { ...envelope({ type: 'ready' }), type: 'set-layers', layers: Array(50).fill('a') },
    { ...envelope({ type: 'ready' }), type: 'set-layers', layers: [{ toString: () => 'a' }] },
    { ...envelope({ type: 'ready' }), type: 'show-chapter' },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: null },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: '' },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: 'Links To Hanoi' },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: '<img src=x onerror=alert(1)>' },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: 'x'.repeat(121) },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: ['links-to-hanoi'] },
    { ...envelope({ type: 'ready' }), type: 'show-chapter', id: 'y'.repeat(5000) },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi' },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi', index: -1 },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi', index: 1.5 },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi', index: '2' },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi', index: 1e9 },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: 'links-to-hanoi', index: Number.NaN },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: '"><script>', index: 0 },
    { ...envelope({ type: 'ready' }), type: 'chapter-shown', id: null, index: 0 },
  ];

  it.each(hostile.map((h, i) => [i, h]))('rejects malformed message #%i', (_i, message) => {
    expect(parseMapMessage(message)).toBeNull();
    expect(parseHostMessage(message)).toBeNull();
  });

  it('reserves a height that grows with width within bounds', () => {
    expect(embedHeight(320)).toBeLessThan(embedHeight(768));
    expect(embedHeight(1280)).toBe(embedHeight(4000));
  });
});
