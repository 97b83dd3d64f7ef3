// Vite plugin: validates geo/ and seeds/, then serves (dev) or emits (build) the app's data files
// (the layer manifest reaches the app through ./story-layers.ts).
// A data error fails the build, and shows in Vite's error overlay during `npm run dev`.
import type { Plugin, ViteDevServer } from 'vite';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { buildStoryOutput, type StoryOutput } from '../render/story-output.ts';
import { formatProblem, hasErrors } from '../gate/problems.ts';
import { dataRoot } from '../gate/read-story.ts';
import { dataUrl } from '../../src/lib/layers/layer.ts';
import { publicUrl } from '../render/publish/public-url.ts';
import { publishMeta } from '../render/publish/page-meta.ts';
import { OEMBED_PATH, THUMBNAIL_PATH } from '../render/publish/oembed.ts';

const RESOLVED_MANIFEST = '\0virtual:story-layers';
/** The SHA-256 of each layer file as built (hex): the browser skips re-checking a file served unchanged. */
const DIGESTS = 'virtual:story-digests';
const RESOLVED_DIGESTS = `\0${DIGESTS}`;

function layerDigests(output: StoryOutput): Record<string, string> {
  const paths = (output.manifest?.layers ?? []).map((layer) => dataUrl(layer.id)).filter((path) => output.files.has(path));
  return Object.fromEntries(paths.map((path) => [path, createHash('sha256').update(output.files.get(path)!, 'utf8').digest('hex')]));
}

function report(output: StoryOutput): string {
  return output.problems.map(formatProblem).join('\n');
}

function overlay(server: ViteDevServer, output: StoryOutput): void {
  if (!hasErrors(output.problems)) return;
  server.ws.send({
    type: 'error',
    err: { message: `Data errors in geo/ or seeds/ (the broken layers are left out):\n${report(output)}`, stack: '', plugin: 'story-data' },
  });
}

/** `projectRoot` holds the pages; geo/ and seeds/ are read from $STORY_DATA_ROOT if set, else from it too. */
export function storyData(projectRoot: string): Plugin {
  const root = dataRoot(projectRoot);
  // Read once: an invalid STORY_MAP_URL fails here, before anything is built.
  const base = publicUrl();
  let output: Promise<StoryOutput> | null = null;
  let serving = false;
  const current = () => (output ??= buildStoryOutput(root, { base }));

  return {
    name: 'story-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === DIGESTS ? RESOLVED_DIGESTS : undefined),
    async load(id) {
      if (id !== RESOLVED_DIGESTS) return undefined;
      return `export default ${JSON.stringify(layerDigests(await current()))};`;
    },
    async buildStart() {
      // Vitest starts a server per project (three here) and would build the whole output (gate,
      // measures, pictures: seconds each) at every start; a test that imports the digests builds it then.
      if (process.env.VITEST) return;
      const built = await current();
      if (built.problems.length) this.warn(report(built));
      // In dev the server keeps running and the overlay shows the errors; a build must fail.
      if (!serving && hasErrors(built.problems)) this.error(`Data errors in geo/ or seeds/ (run npm run check:data):\n${report(built)}`);
    },
    configureServer(server) {
      server.watcher.add([`${root}/geo`, `${root}/seeds`]);
      server.watcher.on('change', async (path) => {
        if (!path.startsWith(`${root}/geo`) && !path.startsWith(`${root}/seeds`)) return;
        output = buildStoryOutput(root, { base });
        const rebuilt = await output;
        for (const id of [RESOLVED_MANIFEST, RESOLVED_DIGESTS]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        if (hasErrors(rebuilt.problems)) overlay(server, rebuilt);
        else server.ws.send({ type: 'full-reload' });
      });
      server.ws.on('connection', () => void current().then((built) => overlay(server, built)));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!path.startsWith('data/') && path !== OEMBED_PATH && path !== THUMBNAIL_PATH) return next();
        current().then((built) => {
          const image = built.images.get(path);
          if (image) {
            res.setHeader('Content-Type', 'image/png');
            return res.end(image);
          }
          const body = built.files.get(path);
          if (body === undefined && /^data\/[a-z0-9-]+\.geojson$/.test(path)) {
            // A layer left out for data errors: say so, rather than fall through to index.html.
            res.statusCode = 404;
            res.statusMessage = 'Left out for data errors (see npm run check:data)';
            return res.end();
          }
          if (body === undefined) return next();
          res.setHeader('Content-Type', path.endsWith('.geojson') ? 'application/geo+json' : 'application/json');
          res.end(body);
        }, next);
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const built = await current();
        // Every page: its social card and the oEmbed discovery link.
        const withMeta = publishMeta(html, basename(ctx.filename), base);
        if (ctx.filename.endsWith('article.html')) return withMeta.replace('<!--story-article-body-->', built.articleBody);
        // index.html and embed.html: the map as SVG and the legend, painted before any script runs.
        return Object.entries(built.pageSlots).reduce((page, [slot, content]) => page.replace(slot, () => content), withMeta);
      },
    },
    async generateBundle() {
      const built = await current();
      for (const [fileName, source] of [...built.files, ...built.images]) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
