// Verbatim check for excerpts, and the closest passage to offer when one is not verbatim.

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sentences(article: string): string[] {
  return article
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The article's sentence sharing the most words with `text`, to help an editor fix a paraphrase. */
export function closestPassage(article: string, text: string): string {
  const wanted = new Set(words(text));
  let best = '';
  let bestScore = -1;
  for (const sentence of sentences(article)) {
    const own = words(sentence);
    const shared = own.filter((w) => wanted.has(w)).length;
    const score = shared / Math.max(own.length, wanted.size, 1);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

export function isVerbatim(article: string, text: string): boolean {
  return text.trim().length > 0 && article.includes(text);
}
