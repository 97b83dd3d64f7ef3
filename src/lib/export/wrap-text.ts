// Lines of text that fit a width, measured in the page's own fonts (a 2D canvas's measureText).
let measure: CanvasRenderingContext2D | null = null;

export function textWidth(text: string, font: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 8;
  measure.font = font;
  return measure.measureText(text).width;
}

/** Breaks at spaces; a word wider than the line (Chinese has no spaces) breaks between characters. */
export function wrapText(text: string, font: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (!line || textWidth(next, font) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (textWidth(word, font) <= width) push(word);
    else {
      if (line) line += ' ';
      for (const char of word) {
        if (line && textWidth(line + char, font) > width) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
