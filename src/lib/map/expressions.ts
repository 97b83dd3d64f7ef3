// Pure builders for the style expressions that read feature-state and properties.
import type { ExpressionSpecification } from 'maplibre-gl';

/** The feature is the reader's selection. */
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** `selected` beats `hover` beats the resting value. */
export function byInteraction<T extends number | string>(rest: T, hover: T, selected: T): ExpressionSpecification {
  return ['case', isSelected, selected, ['boolean', ['feature-state', 'hover'], false], hover, rest] as ExpressionSpecification;
}

/** Lines whose route is not known: drawn thinner and dotted (SCHEMATIC_LINE), never solid or dashed. */
export const isSchematic: ExpressionSpecification = ['==', ['get', 'precision'], 'schematic'];

/** Outlines that only illustrate where something lies (an island group's soft extent), never a boundary. */
export const isIllustrative: ExpressionSpecification = ['boolean', ['get', 'illustrative'], false];

export const isPlanned: ExpressionSpecification = ['in', ['coalesce', ['get', 'status'], 'built'], ['literal', ['planned', 'proposed']]];

export function geometryIs(...types: ('Point' | 'LineString' | 'Polygon')[]): ExpressionSpecification {
  return ['in', ['geometry-type'], ['literal', types]];
}

/** True for features of these kinds (false for none). */
export function kindIn(kinds: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'kind'], ['literal', [...kinds]]];
}
