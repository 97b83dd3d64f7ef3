// A d3-geo path context that writes short SVG path data: coordinates rounded to a grid, repeated
// points dropped, and relative moves (small numbers compress well). The coastline is most of the
// first paint's bytes.
import type { GeoContext } from 'd3-geo';

export class CompactPath implements GeoContext {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private started = false;
  private inRing = false;
  private startX = 0;
  private startY = 0;
  constructor(private readonly step: number) {}

  private snap(n: number): number {
    return Math.round(n / this.step);
  }
  private fmt(n: number): string {
    return String(Math.round(n * this.step * 10) / 10);
  }
  private delta(dx: number, dy: number): string {
    const y = this.fmt(dy);
    return `${this.fmt(dx)}${y.startsWith('-') ? '' : ' '}${y}`;
  }

  moveTo(px: number, py: number): void {
    const x = this.snap(px);
    const y = this.snap(py);
    this.out.push(this.started ? `m${this.delta(x - this.x, y - this.y)}` : `M${this.fmt(x)} ${this.fmt(y)}`);
    this.started = true;
    this.inRing = false;
    this.x = this.startX = x;
    this.y = this.startY = y;
  }
  lineTo(px: number, py: number): void {
    const x = this.snap(px);
    const y = this.snap(py);
    if (x === this.x && y === this.y) return;
    const d = this.delta(x - this.x, y - this.y);
    this.out.push(this.inRing ? (d.startsWith('-') ? d : ` ${d}`) : `l${d}`);
    this.inRing = true;
    this.x = x;
    this.y = y;
  }
  closePath(): void {
    // After z the current point is the subpath's start again.
    this.out.push('z');
    this.inRing = false;
    this.x = this.startX;
    this.y = this.startY;
  }
  // Points are drawn by the caller, never as d3's circles.
  arc(): void {}
  beginPath(): void {}
  result(): string {
    const d = this.out.join('');
    this.out = [];
    this.started = false;
    this.x = this.y = 0;
    return d;
  }
}
