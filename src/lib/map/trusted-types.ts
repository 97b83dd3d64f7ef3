// Trusted Types: under `require-trusted-types-for 'script'` the browser refuses a plain string as a
// worker's URL. MapLibre starts its workers with `new Worker(url)` from a string (and reads that
// string, so it cannot be handed a TrustedScriptURL), so the page's Worker constructor is given one
// for exactly one URL: MapLibre's own worker, from our own origin. Everything else stays refused.
// This is the page's only policy (no `default` policy); the CSP names it: `trusted-types story-map`.

export const TRUSTED_TYPES_POLICY = 'story-map';

interface TrustedTypePolicy {
  createScriptURL(url: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): TrustedTypePolicy };
};

let installedFor: string | null = null;

/** Lets `new Worker(workerUrl)` run under Trusted Types; `workerUrl` must be on this page's origin. */
export function trustWorkerUrl(workerUrl: string): void {
  const win = window as TrustedTypesWindow;
  const allowed = new URL(workerUrl, document.baseURI);
  if (allowed.origin !== location.origin) throw new TypeError(`the map's worker must be served from ${location.origin}`);
  if (!win.trustedTypes || installedFor !== null) return;
  installedFor = allowed.href;
  const isOurWorker = (url: string | URL) => {
    try {
      return new URL(String(url), document.baseURI).href === installedFor;
    } catch {
      return false;
    }
  };
  const policy = win.trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (url) => {
      if (!isOurWorker(url)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: only the map's own worker may be started`);
      return url;
    },
  });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      // Any other URL goes to the browser as given, where Trusted Types refuse it as before.
      super((isOurWorker(url) ? policy.createScriptURL(String(url)) : url) as string | URL, options);
    }
  };
}
