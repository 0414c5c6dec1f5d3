/**
 * Text for a terminal. Names, messages, file names and source lines come from
 * the scanned repository, which is untrusted: a raw ESC, BEL or C1 byte would
 * reach the terminal as a real escape sequence (window title, OSC 52
 * clipboard, screen clear) and a raw line break would let a file name forge a
 * line of output. Every piece of text output and stderr goes through
 * `escapeControl`, as JSON and SARIF escape by construction.
 */

/**
 * C0 controls (but tab), DEL, C1 controls, and the Unicode bidirectional
 * overrides and isolates, which reorder what a terminal shows.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The text with every control character shown as an escape (`\x1b`, `\n`, `\u202e`). */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Multi-line text (a suggestion, a code frame): each line escaped, the line breaks kept. */
export function escapeControlLines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeControl(line))
    .join('\n');
}

/** One line on standard error, `preflight: ` first, escaped. */
export function warn(message: string): void {
  process.stderr.write(`preflight: ${escapeControl(message)}\n`);
}
