// `npm run check:data`: validates geo/ and seeds/, prints every problem, exits non-zero on errors.
import { fileURLToPath } from 'node:url';
import { dataRoot, readStoryFiles } from './read-story.ts';
import { validateStory } from './validate-story.ts';
import { formatProblem, hasErrors } from './problems.ts';

const root = dataRoot(fileURLToPath(new URL('../..', import.meta.url)));
const { problems, collections, chapters } = validateStory(readStoryFiles(root));
for (const p of problems) console.log(formatProblem(p));
const features = Object.values(collections).reduce((n, l) => n + l.features.length, 0);
if (hasErrors(problems)) {
  console.error(`\ncheck:data: ${problems.filter((p) => p.severity === 'error').length} error(s); fix them and run npm run check:data again.`);
  process.exit(1);
}
console.log(
  `check:data: geo/ and seeds/ are valid (${Object.keys(collections).length} layers, ${features} features, ${chapters?.chapters.length ?? 0} chapters, ${problems.length} warning(s)).`,
);
