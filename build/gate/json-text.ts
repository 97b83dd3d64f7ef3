// JSON.parse with the line and column of a syntax error, for editors fixing files by hand.
export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

export function parseJsonWithPosition(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    if (position) {
      const { line, column } = lineAndColumn(text, Number(position[1]));
      return { ok: false, message: `not valid JSON at line ${line}, column ${column} (${message})` };
    }
    // Errors at the end of the text ("Unexpected end of JSON input") carry no position.
    const { line, column } = lineAndColumn(text, text.length);
    return { ok: false, message: `not valid JSON: ${message} (the file ends at line ${line}, column ${column}; is it truncated?)` };
  }
}
