// Seeded generators for hostile input, shared by unit and browser tests (same cases every run).

/** mulberry32: a small, well-known seeded PRNG. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const XSS_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<body onload=window.__pwned=1>',
  '<style>@import "http://evil.example/x.css";</style>',
  '<img src="http://evil.example/pixel.png">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '</textarea><script>window.__pwned=1</script>',
  '<div style="background:url(http://evil.example/a.png)">x</div>',
  '\u202Egnp.exe\u202C',
  '<<script>script>window.__pwned=1<</script>/script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<details open ontoggle=window.__pwned=1>',
  'x'.repeat(5000),
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
];

const PIECES = [
  'feature',
  'layers',
  'lang',
  'en',
  'vi',
  'zh',
  'kh-rail-yunnan',
  'south-china-sea',
  ',',
  '%',
  '%E0%A4%A',
  '&',
  '=',
  '?',
  '#',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '\u0000',
  '\u202E',
  '..',
  '/',
  'javascript:',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

/** A random query string built from meaningful and hostile pieces. */
export function randomQuery(random: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 5);
  for (let i = 0; i < n; i++) {
    const key = PIECES[Math.floor(random() * PIECES.length)]!;
    let value = '';
    const m = Math.floor(random() * 6);
    for (let j = 0; j < m; j++) value += PIECES[Math.floor(random() * PIECES.length)]!;
    if (random() < 0.2) value = XSS_PAYLOADS[Math.floor(random() * XSS_PAYLOADS.length)]!;
    parts.push(`${encodeURIComponent(key)}=${random() < 0.5 ? encodeURIComponent(value) : value}`);
  }
  return `?${parts.join('&')}`;
}
