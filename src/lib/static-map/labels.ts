// Greedy label placement for the static map: a label that would overlap one already placed is dropped,
// as MapLibre does on the live map. Callers pass labels in priority order.
export interface LabelCandidate<T> {
  x: number;
  y: number;
  text: string;
  item: T;
}

const CHAR_WIDTH = 6.4;
const LINE_HEIGHT = 15;

export function placeLabels<T>(candidates: LabelCandidate<T>[]): LabelCandidate<T>[] {
  const placed: { box: [number, number, number, number]; label: LabelCandidate<T> }[] = [];
  for (const label of candidates) {
    const half = (label.text.length * CHAR_WIDTH) / 2;
    const box: [number, number, number, number] = [label.x - half, label.y - LINE_HEIGHT, label.x + half, label.y + 3];
    const overlaps = placed.some(({ box: b }) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);
    if (!overlaps) placed.push({ box, label });
  }
  return placed.map((p) => p.label);
}
