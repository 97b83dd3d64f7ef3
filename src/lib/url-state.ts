// The view in the URL (?feature=, ?layers=, ?lang=), so a copied link reopens it.
// Anything unknown is dropped with a notice; parsing never throws.
import { isLang } from './i18n.ts';
import { LANGS, type Lang } from './types.ts';
import { en, type Messages } from './messages/index.ts';

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

/** Shortens hostile or huge values before they are quoted back to the reader. */
export function quote(value: string): string {
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `“${short}”`;
}

/** “a”, “b”, “c” and 9,997 more: a bounded list of what was ignored, whatever its length. */
export function quoteList(values: readonly string[], m: Messages = en): string {
  const shown = values.slice(0, MAX_LISTED).map(quote);
  return m.listAnd(shown, values.length - shown.length);
}

/** The first of the browser's languages (navigator.languages) the map speaks, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if ((LANGS as readonly string[]).includes(primary)) return primary as Lang;
  }
  return 'en';
}

/** The view a query string asks for; `languages` (the browser's) choose the language when the URL does not;
 * the notices are worded in `m`. */
export function parseView(search: string, layerIds: readonly string[], languages: readonly string[] = [], m: Messages = en): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { feature: null, layers: null, lang: preferredLang(languages) };

  const unknownParams = [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.has(key));
  if (unknownParams.length) notices.push(m.ignoredParams(quoteList(unknownParams, m), unknownParams.length));
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else notices.push(m.ignoredLanguage(quote(lang)));
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const wanted = layers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = [...new Set(wanted.filter((id) => !layerIds.includes(id)))];
    if (unknown.length) notices.push(m.ignoredLayers(quoteList(unknown, m), unknown.length));
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
