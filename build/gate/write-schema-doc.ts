// `npm run schema:doc`: writes geo/SCHEMA.md from the zod schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaMarkdown } from './schema-doc.ts';

const file = fileURLToPath(new URL('../../geo/SCHEMA.md', import.meta.url));
writeFileSync(file, schemaMarkdown());
console.log(`schema:doc: wrote ${file}`);
