// Vite plugin: validates geo/ and seeds/, then serves (dev) or emits (build) the app's data files.
// A data error fails the build, and shows in Vite's error overlay during `npm run dev`.
import type { Plugin, ViteDevServer } from 'vite';
import { buildStoryOutput, type StoryOutput } from './story-output.ts';
import { formatProblem, hasErrors } from './problems.ts';

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

export function storyData(root: string): Plugin {
  let output: StoryOutput | null = null;
  let serving = false;
  const current = () => (output ??= buildStoryOutput(root));

  return {
    name: 'story-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      const built = current();
      if (built.problems.length) this.warn(report(built));
      // In dev the server keeps running and the overlay shows the errors; a build must fail.
      if (!serving && hasErrors(built.problems)) this.error(`Data errors in geo/ or seeds/ (run npm run check:data):\n${report(built)}`);
    },
    configureServer(server) {
      server.watcher.add([`${root}/geo`, `${root}/seeds`]);
      server.watcher.on('change', (path) => {
        if (!path.startsWith(`${root}/geo`) && !path.startsWith(`${root}/seeds`)) return;
        output = buildStoryOutput(root);
        if (hasErrors(output.problems)) overlay(server, output);
        else server.ws.send({ type: 'full-reload' });
      });
      server.ws.on('connection', () => overlay(server, current()));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const body = current().files.get(path);
        if (body === undefined && /^data\/[a-z0-9-]+\.geojson$/.test(path)) {
          // A layer left out for data errors: say so, rather than fall through to index.html.
          res.statusCode = 404;
          res.statusMessage = 'Left out for data errors (see npm run check:data)';
          return res.end();
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', path.endsWith('.geojson') ? 'application/geo+json' : 'application/json');
        res.end(body);
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const built = current();
        if (ctx.filename.endsWith('article.html')) return html.replace('<!--story-article-body-->', built.articleBody);
        // index.html and embed.html: the map as SVG and the legend, painted before any script runs.
        return Object.entries(built.pageSlots).reduce((page, [slot, content]) => page.replace(slot, () => content), html);
      },
    },
    generateBundle() {
      for (const [fileName, source] of current().files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
