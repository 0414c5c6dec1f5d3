/**
 * A JSON object read member by member. The schema data files are megabytes of
 * JSON of which one scan reads a few entries (the types a program uses):
 * parsing them whole cost about 100 ms of a one-file scan's start-up and tens
 * of megabytes of heap in every thread. Here the text is indexed once (where
 * each member's value starts and ends, found by jumping between brackets and
 * quotes) and a member is parsed the first time it is asked for.
 */
export class LazyJsonObject<T> {
  private readonly extents = new Map<string, [number, number]>();
  private readonly parsed = new Map<string, T>();

  /** The object whose `{` is at `open` in `text` (the whole text by default). */
  constructor(
    private readonly text: string,
    open = text.indexOf('{'),
  ) {
    const expect = (offset: number, char: string) => {
      if (text[offset] !== char) throw new SyntaxError(`lazy JSON: expected ${char} at offset ${offset}`);
    };
    expect(open, '{');
    let i = skipSpace(text, open + 1);
    if (text[i] === '}') return;
    for (;;) {
      expect(i, '"');
      const keyEnd = stringEnd(text, i);
      const raw = text.slice(i + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
      i = skipSpace(text, keyEnd);
      expect(i, ':');
      const start = skipSpace(text, i + 1);
      const end = valueEnd(text, start);
      // As JSON.parse does, a key given twice keeps its last value.
      this.extents.set(key, [start, end]);
      i = skipSpace(text, end);
      if (text[i] === '}') return;
      expect(i, ',');
      i = skipSpace(text, i + 1);
    }
  }

  has(key: string): boolean {
    return this.extents.has(key);
  }

  keys(): string[] {
    return [...this.extents.keys()];
  }

  /** The member's value, parsed on first use (undefined when absent). */
  get(key: string): T | undefined {
    let value = this.parsed.get(key);
    if (value === undefined) {
      const extent = this.extents.get(key);
      if (!extent) return undefined;
      value = JSON.parse(this.text.slice(extent[0], extent[1])) as T;
      this.parsed.set(key, value);
    }
    return value;
  }

  /** A member that is itself an object, read member by member too. */
  object<U>(key: string): LazyJsonObject<U> {
    const extent = this.extents.get(key);
    if (!extent) throw new Error(`lazy JSON: no object member ${key}`);
    return new LazyJsonObject<U>(this.text, extent[0]);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the string whose opening quote is at `open`. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    if (close < 0) throw new SyntaxError(`lazy JSON: unterminated string at offset ${open}`);
    // A quote preceded by an odd number of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
}

/** The offset just after the value starting at `start`. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next comma, closing bracket or space.
    let i = start;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
      i++;
    }
    return i;
  }
  // A plain loop over char codes: a regular expression's match objects cost more than the scan.
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = stringEnd(text, i) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  throw new SyntaxError(`lazy JSON: unterminated value at offset ${start}`);
}

const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
