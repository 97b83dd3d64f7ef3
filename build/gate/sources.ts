// Reads the table of sources in geo/SOURCES.md: `| id | source | url | supports |`.
import type { Source } from '../../src/lib/types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseSources(markdown: string): Source[] {
  const sources: Source[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line
      .trim()
      .match(/^\|(.*)\|$/)?.[1]
      ?.split('|')
      .map((c) => c.trim());
    if (!cells || cells.length < 4) continue;
    const [id, title, url, supports] = cells as [string, string, string, string];
    const bareId = id.replace(/`/g, '');
    if (!ID.test(bareId)) continue; // header and separator rows
    sources.push({ id: bareId, title, url: url.replace(/^<|>$/g, ''), supports });
  }
  return sources;
}
