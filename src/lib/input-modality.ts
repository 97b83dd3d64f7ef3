// Whether the reader's last input was a key (not a pointer): the panel's title shows a focus ring
// when it takes focus after a key, never after a click or when the page opens on a feature.
let keyboard = false;
if (typeof window !== 'undefined') {
  addEventListener('keydown', () => (keyboard = true), { capture: true });
  addEventListener('pointerdown', () => (keyboard = false), { capture: true });
}

export const lastInputWasKeyboard = (): boolean => keyboard;
