// Pure builders for the style expressions that read feature-state and language.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../types.ts';
import { ALL_NAMES_KINDS } from '../layers/kinds.ts';

/** `selected` beats `hover` beats the resting value. */
export function byInteraction<T extends number | string>(rest: T, hover: T, selected: T): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hover'], false],
    hover,
    rest,
  ] as ExpressionSpecification;
}

/** The label in the reader's language; for disputed places, every language's name, one per line. */
export function labelText(lang: Lang): ExpressionSpecification {
  const own = ['get', `name_${lang}`];
  const others = (['en', 'vi', 'zh'] as const).filter((l) => l !== lang).map((l) => ['get', `name_${l}`]);
  return [
    'case',
    ['any', kindIn(ALL_NAMES_KINDS), ['>', ['length', ['coalesce', ['get', 'claimants'], ['literal', []]]], 1], ['==', ['get', 'names_contested'], true]],
    ['concat', own, '\n', others[0], ' · ', others[1]],
    own,
  ] as unknown as ExpressionSpecification;
}

/** Lines whose route is not known: drawn thinner and dotted (SCHEMATIC_LINE), never solid or dashed. */
export const isSchematic: ExpressionSpecification = ['==', ['get', 'precision'], 'schematic'];

export const isPlanned: ExpressionSpecification = ['in', ['coalesce', ['get', 'status'], 'built'], ['literal', ['planned', 'proposed']]];

export function geometryIs(...types: ('Point' | 'LineString' | 'Polygon')[]): ExpressionSpecification {
  return ['in', ['geometry-type'], ['literal', types]];
}

/** True for features of these kinds (false for none). */
export function kindIn(kinds: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'kind'], ['literal', [...kinds]]];
}
