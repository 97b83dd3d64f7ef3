// The features' notes in Vietnamese and Chinese are served apart from the layers (data/notes-vi.json,
// data/notes-zh.json), fetched only by a reader who reads the map in that language: in the layer
// files every reader would download all three (a tenth of what the light embed transfers before intent).
import type { FeatureCollection, Geometry } from 'geojson';
import type { StoryProperties } from '../../src/lib/types.ts';

export const TRANSLATED_NOTES = ['vi', 'zh'] as const;
export type NotesByFeature = Record<string, string>;

export function notesPath(lang: (typeof TRANSLATED_NOTES)[number]): string {
  return `data/notes-${lang}.json`;
}

/** The layer as served (each feature's English note only), and its other notes by feature id. */
export function splitNotes<C extends FeatureCollection<Geometry, StoryProperties>>(
  collection: C,
): { served: C; notes: Record<(typeof TRANSLATED_NOTES)[number], NotesByFeature> } {
  const notes = { vi: {} as NotesByFeature, zh: {} as NotesByFeature };
  const features = collection.features.map((f) => {
    const { note_vi, note_zh, ...properties } = f.properties;
    if (note_vi) notes.vi[properties.id] = note_vi;
    if (note_zh) notes.zh[properties.id] = note_zh;
    return { ...f, properties };
  });
  return { served: { ...collection, features } as C, notes };
}
