// Label layout for the static map, after MapLibre's: text wrapped at a maximum width, boxes
// placed greedily (a label that would overlap one already placed is dropped). Callers pass
// labels in priority order.
export type LabelAnchor = 'center' | 'below' | 'above' | 'right' | 'left';

export interface LabelCandidate<T> {
  x: number;
  y: number;
  lines: string[];
  /** Where the text sits from its point, as MapLibre's text-anchor and text-offset put it. */
  anchor: LabelAnchor;
  size: number;
  item: T;
  /** Names that must show (disputed places, claims): tried at other anchors, and placed even if they overlap. */
  required?: boolean;
}

const ALTERNATIVES: Record<LabelAnchor, LabelAnchor[]> = {
  center: ['center'],
  below: ['below', 'above', 'right', 'left'],
  above: ['above', 'below', 'right', 'left'],
  right: ['right', 'left', 'below', 'above'],
  left: ['left', 'right', 'below', 'above'],
};

/** Rough advance width in ems: CJK glyphs are square, Latin ones about half as wide. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.56;
  return ems;
}

/** Breaks text at spaces into lines of at most maxEms (MapLibre's text-max-width); explicit breaks are kept. */
export function wrapText(text: string, maxEms: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    for (const word of paragraph.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && textEms(`${last} ${word}`) <= maxEms) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  });
}

export function labelBox(label: LabelCandidate<unknown>): [number, number, number, number] {
  const width = Math.max(...label.lines.map(textEms)) * label.size;
  const height = label.size * 1.2 * label.lines.length;
  if (label.anchor === 'right') return [label.x + label.size * 0.6, label.y - height / 2, label.x + label.size * 0.6 + width, label.y + height / 2];
  if (label.anchor === 'left') return [label.x - label.size * 0.6 - width, label.y - height / 2, label.x - label.size * 0.6, label.y + height / 2];
  const top = label.anchor === 'below' ? label.y + label.size * 1.1 : label.anchor === 'above' ? label.y - label.size * 1.1 - height : label.y - height / 2;
  return [label.x - width / 2, top, label.x + width / 2, top + height];
}

export function placeLabels<T>(candidates: LabelCandidate<T>[]): LabelCandidate<T>[] {
  const placed: { box: [number, number, number, number]; label: LabelCandidate<T> }[] = [];
  const free = (box: [number, number, number, number]) => !placed.some(({ box: b }) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);
  for (const label of candidates) {
    const anchors = label.required ? ALTERNATIVES[label.anchor] : [label.anchor];
    const fits = anchors.map((anchor) => ({ ...label, anchor })).find((l) => free(labelBox(l)));
    const chosen = fits ?? (label.required ? label : null);
    if (chosen) placed.push({ box: labelBox(chosen), label: chosen });
  }
  return placed.map((p) => p.label);
}
