/**
 * Tokenizer of the HCL native syntax, outside templates: one token at a time
 * (no token array), whitespace and comments skipped, newlines kept as tokens
 * because they end attributes. Template text (between quotes, in heredocs)
 * is scanned by the parser, which knows where templates start and end.
 */

export const enum Tok {
  EOF,
  Newline,
  Ident,
  Number,
  /** `"`: a quoted template starts after it. */
  Quote,
  /** `<<EOT` or `<<-EOT`: a heredoc's content starts on the next line. */
  Heredoc,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  Dot,
  Ellipsis,
  Equal,
  FatArrow,
  Colon,
  Question,
  Tilde,
  Bang,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  EqualEqual,
  NotEqual,
  Less,
  LessEqual,
  Greater,
  GreaterEqual,
  And,
  Or,
  /** `${` (only meaningful in templates; an error elsewhere). */
  TemplateInterp,
  /** `%{` */
  TemplateControl,
  /** A character that starts no token. */
  Invalid,
  /** A block comment without its end. */
  UnterminatedComment,
}

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

export function isIdentStart(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  return ID_START.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

function isIdentContinue(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 45
    );
  return ID_CONTINUE.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Length of the identifier starting at `at` (0 if none); `::` joins provider-namespaced names. */
export function identifierLength(text: string, at: number): number {
  const length = text.length;
  if (at >= length || !isIdentStart(text.charCodeAt(at), text, at)) return 0;
  let i = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */ && text.charCodeAt(i + 1) === 58 && i + 2 < length) {
      if (!isIdentStart(text.charCodeAt(i + 2), text, i + 2)) break;
      i += 2;
      continue;
    }
    if (!isIdentContinue(code, text, i)) break;
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return i - at;
}

export class Lexer {
  /** The current token: its kind and [start, end). */
  type: Tok = Tok.EOF;
  start = 0;
  end = 0;
  /** Where scanning resumes. */
  pos = 0;
  /** Line comments (`#`, `//`) met so far: end offset by start offset. */
  readonly lineComments = new Map<number, number>();

  constructor(readonly text: string) {
    // A byte order mark is not part of the text.
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Scan the next token from `pos`. */
  next(): void {
    const text = this.text;
    const length = text.length;
    let i = this.pos;
    // Whitespace and comments (a line comment stops before its newline).
    for (;;) {
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
        i++;
        continue;
      }
      if (c === 35 /* # */ || (c === 47 /* / */ && text.charCodeAt(i + 1) === 47)) {
        const newline = text.indexOf('\n', i);
        const end = newline < 0 ? length : newline;
        this.lineComments.set(i, end);
        i = end;
        continue;
      }
      if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) {
          this.set(Tok.UnterminatedComment, i, length);
          return;
        }
        i = close + 2;
        continue;
      }
      break;
    }
    if (i >= length) {
      this.set(Tok.EOF, length, length);
      return;
    }
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    switch (c) {
      case 10:
        return this.set(Tok.Newline, i, i + 1);
      case 34:
        return this.set(Tok.Quote, i, i + 1);
      case 123:
        return this.set(Tok.LBrace, i, i + 1);
      case 125:
        return this.set(Tok.RBrace, i, i + 1);
      case 91:
        return this.set(Tok.LBracket, i, i + 1);
      case 93:
        return this.set(Tok.RBracket, i, i + 1);
      case 40:
        return this.set(Tok.LParen, i, i + 1);
      case 41:
        return this.set(Tok.RParen, i, i + 1);
      case 44:
        return this.set(Tok.Comma, i, i + 1);
      case 46 /* . */:
        if (d === 46 && text.charCodeAt(i + 2) === 46) return this.set(Tok.Ellipsis, i, i + 3);
        return this.set(Tok.Dot, i, i + 1);
      case 61 /* = */:
        if (d === 61) return this.set(Tok.EqualEqual, i, i + 2);
        if (d === 62) return this.set(Tok.FatArrow, i, i + 2);
        return this.set(Tok.Equal, i, i + 1);
      case 58:
        return this.set(Tok.Colon, i, i + 1);
      case 63:
        return this.set(Tok.Question, i, i + 1);
      case 126:
        return this.set(Tok.Tilde, i, i + 1);
      case 33 /* ! */:
        if (d === 61) return this.set(Tok.NotEqual, i, i + 2);
        return this.set(Tok.Bang, i, i + 1);
      case 43:
        return this.set(Tok.Plus, i, i + 1);
      case 45:
        return this.set(Tok.Minus, i, i + 1);
      case 42:
        return this.set(Tok.Star, i, i + 1);
      case 47:
        return this.set(Tok.Slash, i, i + 1);
      case 37 /* % */:
        if (d === 123) return this.set(Tok.TemplateControl, i, i + 2);
        return this.set(Tok.Percent, i, i + 1);
      case 36 /* $ */:
        if (d === 123) return this.set(Tok.TemplateInterp, i, i + 2);
        return this.set(Tok.Invalid, i, i + 1);
      case 38 /* & */:
        if (d === 38) return this.set(Tok.And, i, i + 2);
        return this.set(Tok.Invalid, i, i + 1);
      case 124 /* | */:
        if (d === 124) return this.set(Tok.Or, i, i + 2);
        return this.set(Tok.Invalid, i, i + 1);
      case 62 /* > */:
        if (d === 61) return this.set(Tok.GreaterEqual, i, i + 2);
        return this.set(Tok.Greater, i, i + 1);
      case 60 /* < */: {
        if (d === 61) return this.set(Tok.LessEqual, i, i + 2);
        if (d === 60) {
          const markerAt = text.charCodeAt(i + 2) === 45 /* - */ ? i + 3 : i + 2;
          const marker = identifierLength(text, markerAt);
          if (marker > 0) return this.set(Tok.Heredoc, i, markerAt + marker);
        }
        return this.set(Tok.Less, i, i + 1);
      }
      default:
        break;
    }
    if (isDigit(c)) return this.set(Tok.Number, i, scanNumber(text, i));
    const ident = identifierLength(text, i);
    if (ident > 0) return this.set(Tok.Ident, i, i + ident);
    const code = text.codePointAt(i)!;
    return this.set(Tok.Invalid, i, i + (code > 0xffff ? 2 : 1));
  }

  private set(type: Tok, start: number, end: number): void {
    this.type = type;
    this.start = start;
    this.end = end;
    this.pos = end;
  }

  /** The current token's kind (a method, so that callers' checks are not narrowed across calls to `next`). */
  token(): Tok {
    return this.type;
  }

  /** The current token's text. */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }
}

/** `decimal+ ("." decimal+)? (("e" | "E") ("+" | "-")? decimal+)?`; returns the end offset. */
export function scanNumber(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** A short description of a token for messages. */
export function describeToken(type: Tok, text: string): string {
  switch (type) {
    case Tok.EOF:
      return 'end of file';
    case Tok.Newline:
      return 'newline';
    case Tok.Quote:
      return 'string';
    case Tok.Heredoc:
      return 'heredoc';
    case Tok.Ident:
      return `"${text}"`;
    case Tok.Number:
      return `number ${text}`;
    case Tok.UnterminatedComment:
      return 'unterminated comment';
    default:
      return `"${text.length > 20 ? text.slice(0, 20) : text}"`;
  }
}
