// Static safety checks: no HTML sinks in src/, and runtime dependencies at or above their safe versions.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const SINKS = /\{@html|\.setHTML\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/;

describe('no HTML sinks', () => {
  it('src/ renders content as text only', () => {
    const hits = filesUnder(join(root, 'src'))
      .filter((f) => /\.(ts|svelte|js)$/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line })),
      )
      .filter(({ line }) => SINKS.test(line))
      .map(({ f, i, line }) => `${f.slice(root.length)}:${i + 1}: ${line.trim()}`);
    expect(hits).toEqual([]);
  });

  it('the sink pattern catches each banned form', () => {
    for (const bad of ['{@html x}', 'el.innerHTML = x', 'p.setHTML(x)', 'el.insertAdjacentHTML("a", x)', 'eval(x)', 'new Function(x)'])
      expect(SINKS.test(bad), bad).toBe(true);
  });
});

function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

describe('dependencies', () => {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const advisories = JSON.parse(readFileSync(join(root, 'security/advisories.json'), 'utf8')) as { package: string; minimum: string; advisory: string }[];

  it.each(advisories.map((a) => [a.package, a.minimum, a.advisory]))('%s is at least %s (%s)', (name, minimum) => {
    const installed = lock.packages[`node_modules/${name}`]?.version;
    expect(installed, `${name} in package-lock.json`).toBeDefined();
    expect(compare(installed!, minimum), `${name} ${installed} < ${minimum}`).toBeGreaterThanOrEqual(0);
  });

  it('compares versions numerically', () => {
    expect(compare('6.17.0', '6.4.1')).toBeGreaterThan(0);
    expect(compare('6.4.0', '6.4.1')).toBeLessThan(0);
  });
});
