/**
 * Python string literals: prefixes, escapes, and the `%` and `str.format`
 * mini-languages (applied to a literal's value, never to code).
 */

/** Decodes the escapes of a string literal's content (`raw` strings keep them). */
export function decodeEscapes(text: string, raw: boolean, fString: boolean): string {
  // Most content (docstrings, inline handler code, names) has nothing to decode: kept as it is, not copied.
  const escapes = !raw && text.includes('\\');
  const doubledBraces = fString && (text.includes('{{') || text.includes('}}'));
  if (!escapes && !doubledBraces) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (fString && (c === '{' || c === '}') && text[i + 1] === c) {
      out += c;
      i++;
      continue;
    }
    if (c !== '\\' || raw) {
      out += c;
      continue;
    }
    const n = text[i + 1];
    i++;
    switch (n) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '0':
        out += '\0';
        break;
      case '\n':
        break;
      case 'x':
      case 'u':
      case 'U': {
        const len = n === 'x' ? 2 : n === 'u' ? 4 : 8;
        const code = parseInt(text.slice(i + 1, i + 1 + len), 16);
        if (Number.isFinite(code)) {
          out += String.fromCodePoint(code);
          i += len;
        } else out += `\\${n}`;
        break;
      }
      case '\\':
      case "'":
      case '"':
        out += n;
        break;
      case undefined:
        out += '\\';
        break;
      default:
        out += `\\${n}`;
    }
  }
  return out;
}

/** One piece of a format string: literal text, or a hole taking an argument. */
export type FormatPiece = { text: string } | { positional: number } | { key: string };

/** Splits a `%`-format string (`"arn:aws:s3:::%s/%(key)s"`). */
export function splitPercentFormat(format: string): FormatPiece[] | undefined {
  const pieces: FormatPiece[] = [];
  let text = '';
  let position = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      text += c;
      continue;
    }
    if (format[i + 1] === '%') {
      text += '%';
      i++;
      continue;
    }
    if (text) pieces.push({ text });
    text = '';
    let j = i + 1;
    let key: string | undefined;
    if (format[j] === '(') {
      const close = format.indexOf(')', j);
      if (close < 0) return undefined;
      key = format.slice(j + 1, close);
      j = close + 1;
    }
    while (j < format.length && '#0- +.0123456789*'.includes(format[j])) j++;
    if (j >= format.length) return undefined;
    pieces.push(key !== undefined ? { key } : { positional: position++ });
    i = j;
  }
  if (text) pieces.push({ text });
  return pieces;
}

/** Splits a `str.format` string (`"{}-{name}-{0}"`). */
export function splitBraceFormat(format: string): FormatPiece[] | undefined {
  const pieces: FormatPiece[] = [];
  let text = '';
  let position = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if ((c === '{' || c === '}') && format[i + 1] === c) {
      text += c;
      i++;
      continue;
    }
    if (c === '}') return undefined;
    if (c !== '{') {
      text += c;
      continue;
    }
    const close = format.indexOf('}', i);
    if (close < 0) return undefined;
    if (text) pieces.push({ text });
    text = '';
    let field = format.slice(i + 1, close);
    for (const stop of ['!', ':']) if (field.includes(stop)) field = field.slice(0, field.indexOf(stop));
    const fieldName = field.split('.')[0].split('[')[0];
    if (fieldName === '') pieces.push({ positional: position++ });
    else if (/^\d+$/.test(fieldName)) pieces.push({ positional: Number(fieldName) });
    else pieces.push({ key: fieldName });
    i = close;
  }
  if (text) pieces.push({ text });
  return pieces;
}
