// Serves the bench's site (site.ts) with Vite's preview server on a fixed local port.
import { spawn } from 'node:child_process';
import { SITE } from './site.ts';

/** BENCH_PORT lets a second checkout bench beside this one. */
const PORT = Number(process.env.BENCH_PORT ?? 4180);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export interface Server {
  stop(): void;
}

export async function startServer(): Promise<Server> {
  // Vite itself, not through npx: killing npx left its vite child serving the port after the run.
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', SITE, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  const stop = () => void server.kill();
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return { stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('bench: the preview server did not start');
}
