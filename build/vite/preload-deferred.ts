// The pages start their app with a dynamic import after the first paint (src/lib/after-paint.ts).
// This asks the browser to fetch that code at once, in parallel with the paint, as a static import would.
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadDeferredChunks(): Plugin {
  return {
    name: 'preload-deferred-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!chunk || !bundle) return html;
        const files = new Set<string>();
        const visit = (name: string) => {
          const c = bundle[name];
          if (!c || c.type !== 'chunk' || files.has(name)) return;
          files.add(name);
          c.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
        return { html, tags };
      },
    },
  };
}
