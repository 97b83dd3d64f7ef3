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

/** Shortens hostile or huge values before they are quoted back to the reader. */
export function quote(value: string): string {
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `“${short}”`;
}

export function parseView(search: string, layerIds: readonly string[]): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { feature: null, layers: null, lang: 'en' };

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) notices.push(`Ignored the unknown URL parameter ${quote(key)}.`);
  }
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
    const unknown = wanted.filter((id) => !layerIds.includes(id));
    if (unknown.length) notices.push(`Ignored unknown layer${unknown.length > 1 ? 's' : ''} ${unknown.map(quote).join(', ')}.`);
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
