// Vite plugin: validates geo/ and seeds/, then serves (dev) or emits (build) the app's data files.
// A data error fails the build, and shows in the error overlay during `npm run dev`.
import type { Plugin, ViteDevServer } from 'vite';
import { buildStoryOutput, type StoryOutput } from './story-output.ts';
import { formatProblem, hasErrors } from './problems.ts';

function report(output: StoryOutput): string {
  return output.problems.map(formatProblem).join('\n');
}

export function storyData(root: string): Plugin {
  let output: StoryOutput | null = null;
  const current = () => (output ??= buildStoryOutput(root));

  function reload(server: ViteDevServer) {
    output = buildStoryOutput(root);
    if (hasErrors(output.problems)) {
      server.ws.send({ type: 'error', err: { message: `Data errors in geo/ or seeds/:\n${report(output)}`, stack: '', plugin: 'story-data' } });
    } else {
      server.ws.send({ type: 'full-reload' });
    }
  }

  return {
    name: 'story-data',
    buildStart() {
      const built = current();
      if (built.problems.length) this.warn(report(built));
      if (hasErrors(built.problems)) this.error(`Data errors in geo/ or seeds/ (run npm run check:data):\n${report(built)}`);
    },
    configureServer(server) {
      server.watcher.add([`${root}/geo`, `${root}/seeds`]);
      server.watcher.on('change', (path) => {
        if (path.startsWith(`${root}/geo`) || path.startsWith(`${root}/seeds`)) reload(server);
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const body = current().files.get(path);
        if (body === undefined) return next();
        res.setHeader('Content-Type', path.endsWith('.geojson') ? 'application/geo+json' : 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of current().files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
