// A placed label (src/lib/labels) as SVG text, for the build's pictures: set at its point, with
// offsets in ems so it keeps its place at any label scale, and leader lines for a group.
import { leaderStart, type PlacedLabel } from '../../../src/lib/labels/layout.ts';
import { escapeHtml } from '../html.ts';

const tenth = (n: number) => Math.round(n * 10) / 10;
const hundredth = (n: number) => Math.round(n * 100) / 100;

/** `attributes`: extra attributes of the text element, already escaped (data-layer, fill). */
export function placedLabelSvg(label: PlacedLabel, cls: string, attributes = ''): string {
  const [x, y] = label.at.map(tenth) as [number, number];
  const align = label.anchor.includes('left') ? 'start' : label.anchor.includes('right') ? 'end' : 'middle';
  // The first baseline sits 0.95 em below the top of the box (line height 1.2 em).
  const firstDy = hundredth((label.box[1] - label.at[1]) / label.size + 0.95);
  const dx = label.offset[0] ? ` dx="${hundredth(label.offset[0])}em"` : '';
  const lines = label.lines.map((line, i) => `<tspan x="${x}"${dx} dy="${i === 0 ? firstDy : 1.2}em">${escapeHtml(line)}</tspan>`).join('');
  const text = `<text class="${cls} ${align}" y="${y}"${attributes}>${lines}</text>`;
  if (!label.members) return text;
  const leaders = label.members
    .map((m) => {
      const [sx, sy] = leaderStart(label.box, m.at);
      return `M${tenth(sx)} ${tenth(sy)}L${tenth(m.at[0])} ${tenth(m.at[1])}`;
    })
    .join('');
  return `<path class="leader"${attributes.replace(/ (fill|color)="[^"]*"/g, '')} d="${leaders}"/>${text}`;
}
