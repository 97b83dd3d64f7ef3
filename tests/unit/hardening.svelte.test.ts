// Notices stay bounded in number and length, whatever a link or a run of failures produces (issue 21).
import { describe, expect, it } from 'vitest';
import { StoryState, MAX_NOTICES, MAX_NOTICE_LENGTH } from '../../src/lib/story-state.svelte.ts';
import { resolveLayer } from '../../src/lib/layers/layer.ts';

const text = (en: string) => ({ en, vi: en, zh: en });
const LAYERS = [resolveLayer({ id: 'lines', title: text('lines'), description: text('lines'), color: '#1f5fa8', kinds: { railway: {} } })];

describe('notices', () => {
  it('are at most MAX_NOTICES, each at most MAX_NOTICE_LENGTH; the rest are counted once each', () => {
    const state = new StoryState(LAYERS, `?lang=${'x'.repeat(10_000)}&${Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&')}`);
    expect(state.notices).toHaveLength(2);
    for (let i = 0; i < 20; i++) state.notify(`Map error ${i}: ${'y'.repeat(5000)}`);
    state.notify(`Map error 19: ${'y'.repeat(5000)}`);
    expect(state.notices).toHaveLength(MAX_NOTICES);
    for (const n of state.notices) expect(n.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(state.moreNotices).toBe(2 + 20 - MAX_NOTICES);
  });
});
