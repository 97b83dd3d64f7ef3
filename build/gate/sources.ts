// Reads the table of sources in geo/SOURCES.md: `| id | source | url | supports |`.
import type { Source } from '../../src/lib/types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEPARATOR = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

function cellsOf(line: string): string[] | undefined {
  return line
    .trim()
    .match(/^\|(.*)\|$/)?.[1]
    ?.split('|')
    .map((c) => c.trim());
}

export function parseSources(markdown: string): Source[] {
  const sources: Source[] = [];
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    const cells = cellsOf(line);
    if (!cells || cells.length < 4) return;
    // A table's header row (`| id | source | …`) is the one above its `|---|` row: not a source.
    if (SEPARATOR.test((lines[i + 1] ?? '').trim())) return;
    const [id, title, url, supports] = cells as [string, string, string, string];
    const bareId = id.replace(/`/g, '');
    if (!ID.test(bareId)) return; // separator rows
    sources.push({ id: bareId, title, url: url.replace(/^<|>$/g, ''), supports });
  });
  return sources;
}
