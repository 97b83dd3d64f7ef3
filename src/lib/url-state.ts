// The view in the URL (?feature=, ?layers=, ?lang=), so a copied link reopens it.
// Anything unknown is dropped with a notice; parsing never throws.
import { isLang } from './i18n.ts';
import type { Lang } from './types.ts';

export interface ViewState {
  feature: string | null;
  /** null means the default: every layer visible. */
  layers: string[] | null;
  lang: Lang;
}

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

const KNOWN_PARAMS = new Set(['feature', 'layers', 'lang']);
const MAX_SHOWN = 60;
/** How many ignored values a notice quotes; a crafted link with thousands says "and 9,998 more". */
export const MAX_LISTED = 3;
const count = new Intl.NumberFormat('en');

/** Shortens hostile or huge values before they are quoted back to the reader. */
export function quote(value: string): string {
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `“${short}”`;
}

/** “a”, “b”, “c” and 9,997 more: a bounded list of what was ignored, whatever its length. */
export function quoteList(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).map(quote);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${count.format(rest)} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

export function parseView(search: string, layerIds: readonly string[]): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { feature: null, layers: null, lang: 'en' };

  const unknownParams = [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.has(key));
  if (unknownParams.length)
    notices.push(`Ignored ${unknownParams.length === 1 ? 'the unknown URL parameter' : 'unknown URL parameters'} ${quoteList(unknownParams)}.`);
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else notices.push(`Ignored language ${quote(lang)}: use en, vi or zh.`);
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const wanted = layers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = [...new Set(wanted.filter((id) => !layerIds.includes(id)))];
    if (unknown.length) notices.push(`Ignored unknown layer${unknown.length > 1 ? 's' : ''} ${quoteList(unknown)}.`);
    state.layers = layerIds.filter((id) => wanted.includes(id));
  }
  const feature = params.get('feature');
  if (feature) state.feature = feature;
  return { state, notices };
}

/** Writes only what differs from the default view, so links stay short. */
export function serializeView(state: ViewState, layerIds: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.feature) params.set('feature', state.feature);
  if (state.layers && state.layers.length !== layerIds.length) params.set('layers', state.layers.join(','));
  if (state.lang !== 'en') params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
