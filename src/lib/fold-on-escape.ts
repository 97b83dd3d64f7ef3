// The <details> menus' keyboard (the legend's key, the embed's Menu, Download image): Escape folds
// the open one it was pressed in, returns the focus to its button, and closes nothing else.
export function foldOnEscape(event: KeyboardEvent & { currentTarget: EventTarget & HTMLDetailsElement }): void {
  const details = event.currentTarget;
  if (event.key !== 'Escape' || !details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}
