// The claim's name in the locator inset, which is too small for the greedy layout to name the
// claim and both island groups cleanly in one pass: the first spot along the claimed line (at sea,
// clear of its dashes, of the main view's box and of the inset's edge) where the islands' names
// then still find places clear of it and of each other.
import { boxAt, layoutLabels, segmentHitsBox, type Box, type LabelInput, type Obstacles, type PlacedLabel } from '../../src/lib/labels/layout.ts';

/** Pixels kept clear round a name (as layout.ts's PAD) and between a name and the inset's edge (FRAME_MARGIN). */
const PAD = 2;
const EDGE = 4;

const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const inside = (a: Box, frame: Box) => a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3];

function clear(box: Box, obstacles: Obstacles, others: Box[]): boolean {
  const b = grow(box, PAD);
  if (!inside(grow(box, EDGE), obstacles.frame)) return false;
  if ([...obstacles.keepOut, ...others].some((k) => overlaps(b, k))) return false;
  if (obstacles.dots.some((d) => d.at[0] > b[0] - d.radius && d.at[0] < b[2] + d.radius && d.at[1] > b[1] - d.radius && d.at[1] < b[3] + d.radius))
    return false;
  return !obstacles.lines.some((line) => line.points.some((q, i) => i > 0 && segmentHitsBox(line.points[i - 1]!, q, grow(b, line.halfWidth))));
}

/** The claim's and the islands' names, or null where no spot of the claim's leaves the islands room.
 * `claims` are the claim's name wrapped in ways to try, in order. */
export function claimWhereIslandsFit(claims: LabelInput[], islands: LabelInput[], obstacles: Obstacles): PlacedLabel[] | null {
  // Failing that, the names may cross the main view's box, which is drawn under them (on their halos).
  for (const keepOut of [obstacles.keepOut, []]) {
    for (const claim of claims) {
      const found = spotFor(claim, islands, { ...obstacles, keepOut });
      if (found) return found;
    }
  }
  return null;
}

function spotFor(claim: LabelInput, islands: LabelInput[], obstacles: Obstacles): PlacedLabel[] | null {
  for (const at of [claim.at, ...(claim.alternatives ?? [])]) {
    for (const anchor of claim.anchors) {
      const { box, offset } = boxAt({ ...claim, at }, anchor);
      if ((claim.fits && !claim.fits(box)) || !clear(box, obstacles, [])) continue;
      const named = layoutLabels(islands, { ...obstacles, keepOut: [...obstacles.keepOut, grow(box, PAD)] });
      const fit =
        named.length === islands.length &&
        named.every((l, i) => clear(l.box, { ...obstacles, lines: [], dots: [] }, [box, ...named.filter((_, j) => j !== i).map((o) => o.box)]));
      if (fit) return [...named, { id: claim.id, at, lines: claim.lines, size: claim.size, anchor, offset, box }];
    }
  }
  return null;
}
