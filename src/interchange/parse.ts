export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's bytes as a JSON value, or one clear message for a file that is not JSON: invalid
 * UTF-8, empty, truncated or malformed, with the line and column where reading stopped.
 */
export function parseJsonBytes(bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'not valid UTF-8 text' };
  }
  return parseJsonText(text);
}

export function parseJsonText(raw: string): Parsed {
  // Spreadsheet tools like to start UTF-8 files with a byte-order mark.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: describeSyntaxError(text, (error as Error).message) };
  }
}

function describeSyntaxError(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : undefined;
  if (
    /Unexpected end of JSON input/i.test(message) ||
    (offset !== undefined && offset >= text.trimEnd().length)
  ) {
    return 'not valid JSON: the file ends too early (is it truncated?)';
  }
  // V8 sometimes quotes the text around the error: that could be personal data, so it is cut.
  const reason =
    message
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s+/g, ' ')
      .trim() || 'syntax error';
  if (offset === undefined) return `not valid JSON: ${reason}`;
  const { line, column } = lineAndColumn(text, offset);
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
