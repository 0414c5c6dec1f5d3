/**
 * Recursive-descent parser of the HCL native syntax (HashiCorp's
 * hclsyntax/spec.md) into the tree of `ast.ts`.
 *
 * Newlines end attributes and object items, and are ignored inside
 * parentheses, brackets, function arguments, `for` expressions and template
 * interpolations, as in HCL itself. A syntax error is recorded as a
 * diagnostic, then the parser skips to a resynchronisation point (the end of
 * the line or item, past any brackets opened on the way; the matching brace
 * of a block; a line that starts with an identifier in column 0) and keeps
 * reading. Nesting is capped, so deep input cannot overflow the stack.
 */
import type * as A from './ast.js';
import { describeToken, identifierLength, isDigit, Lexer, Tok } from './lexer.js';

/**
 * Nesting of blocks, brackets, unary and binary operators and templates
 * beyond which input is rejected (a chain `a + b + c` counts one level per
 * operator: it is a left-deep tree that readers walk recursively).
 */
export const MAX_DEPTH = 256;

/** Unwinds from a syntax error to the nearest recovery point; never leaves the parser. */
class Bail {}
const BAIL = new Bail();

const enum Stop {
  /** The closing quote, or a heredoc's closing marker. */
  Close,
  /** A newline in a quoted template. */
  EndOfLine,
  EndOfFile,
  Else,
  EndIf,
  EndFor,
}

export function parseHcl(text: string): A.ParsedFile {
  return new Parser(text).parseFile();
}

class Parser {
  private readonly lex: Lexer;
  private readonly text: string;
  private readonly diagnostics: A.SyntaxDiagnostic[] = [];
  private readonly heredocs: A.Range[] = [];
  /** Newlines are tokens (bodies, objects) or ignored (inside brackets and interpolations). */
  private newlines = true;
  private depth = 0;
  /** Offsets of the `{` of the blocks being parsed, innermost last. */
  private blockOpens: number[] = [];
  /** Expected closers of the delimiters opened and not yet closed. */
  private readonly open: Tok[] = [];
  /** Template scanning: where the last `templateParts` call stopped. */
  private stopStart = 0;
  private stopEnd = 0;

  constructor(text: string) {
    this.text = text;
    this.lex = new Lexer(text);
  }

  parseFile(): A.ParsedFile {
    this.advance();
    while (this.lex.token() === Tok.Newline) this.advance();
    // A file that is one object (`.tfvars.json`-like, or an object shown on its own) declares nothing;
    // accepted as the tree-sitter grammar the reader used before did.
    if (this.lex.token() === Tok.LBrace) {
      try {
        this.parseObject();
      } catch (e) {
        if (e !== BAIL) throw e;
        this.newlines = true;
        this.depth = 0;
        this.recover(0, true, false, true);
      }
    }
    const body = this.parseBody(false);
    return { body, diagnostics: this.diagnostics, comments: this.lex.comments, heredocs: this.heredocs };
  }

  // ---- tokens -------------------------------------------------------------

  private advance(): void {
    const lex = this.lex;
    lex.next();
    if (!this.newlines) while (lex.token() === Tok.Newline) lex.next();
  }

  private error(message: string, start: number, end: number): void {
    this.diagnostics.push({ message: `syntax error: ${message}`, start, end });
  }

  /** Record an error at the current token and unwind to the nearest recovery point. */
  private fail(message: string): never {
    const lex = this.lex;
    this.error(`${message}, found ${describeToken(lex.token(), lex.tokenText())}`, lex.start, lex.end);
    throw BAIL;
  }

  private expect(type: Tok, what: string): void {
    if (this.lex.token() !== type) this.fail(`expected ${what}`);
  }

  private ident(): A.Identifier {
    const lex = this.lex;
    return { name: lex.tokenText(), start: lex.start, end: lex.end };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) {
      const lex = this.lex;
      this.error(`nesting deeper than ${MAX_DEPTH} levels`, lex.start, lex.end);
      throw BAIL;
    }
  }

  // ---- structure ----------------------------------------------------------

  private parseBody(nested: boolean): A.BodyItem[] {
    const items: A.BodyItem[] = [];
    const lex = this.lex;
    for (;;) {
      const type = lex.token();
      if (type === Tok.Newline) {
        this.advance();
        continue;
      }
      if (type === Tok.EOF) break;
      if (type === Tok.RBrace && nested) break;
      const itemStart = lex.start;
      const height = this.open.length;
      const depth = this.depth;
      try {
        if (type === Tok.RBrace || type === Tok.RBracket || type === Tok.RParen)
          this.fail('expected an attribute or a block');
        items.push(this.parseBodyItem());
      } catch (e) {
        if (e !== BAIL) throw e;
        this.newlines = true;
        this.depth = depth;
        this.recover(height, true, false, true);
        // Always make progress.
        if (lex.start === itemStart && lex.token() !== Tok.EOF) this.advance();
      }
    }
    return items;
  }

  private parseBodyItem(): A.BodyItem {
    const lex = this.lex;
    if (lex.token() !== Tok.Ident) this.fail('expected an attribute or a block');
    const name = this.ident();
    this.advance();
    if (lex.token() === Tok.Equal) return this.parseAttribute(name);
    const labels: A.Label[] = [];
    for (;;) {
      if (lex.token() === Tok.Ident) {
        labels.push({
          quoted: false,
          raw: lex.tokenText(),
          start: lex.start,
          end: lex.end,
          contentStart: lex.start,
          contentEnd: lex.end,
        });
        this.advance();
      } else if (lex.token() === Tok.Quote) labels.push(this.parseLabel());
      else break;
    }
    if (lex.token() !== Tok.LBrace)
      this.fail(labels.length ? 'expected "{" after the block labels' : `expected "=" or "{" after "${name.name}"`);
    return this.parseBlock(name, labels);
  }

  private parseAttribute(name: A.Identifier): A.Attribute {
    const lex = this.lex;
    this.advance(); // =
    const height = this.open.length;
    const depth = this.depth;
    const valueStart = lex.start;
    let value: A.Expression;
    try {
      value = this.parseExpression();
    } catch (e) {
      if (e !== BAIL) throw e;
      this.newlines = true;
      this.depth = depth;
      this.recover(height, true, false, true);
      value = { type: 'Invalid', start: valueStart, end: Math.max(valueStart, lex.start) };
      return { type: 'Attribute', name, value, start: name.start, end: value.end };
    }
    const type = lex.token();
    // `}` may follow only in a one-line block (`{ a = 1 }`), and must there, as in HashiCorp's parser.
    const oneLine = this.onBlockOpeningLine(name.start);
    if (oneLine && type === Tok.Newline)
      this.error(`a one-line block must close with "}" right after "${name.name}"`, lex.start, lex.end);
    else if (type !== Tok.Newline && type !== Tok.EOF && !(type === Tok.RBrace && oneLine)) {
      this.error(
        `expected a newline after the value of "${name.name}", found ${describeToken(type, lex.tokenText())}`,
        lex.start,
        lex.end,
      );
      this.recover(height, true, false, true);
    }
    return { type: 'Attribute', name, value, start: name.start, end: value.end };
  }

  private parseLabel(): A.Label {
    const lex = this.lex;
    const start = lex.start;
    const parts: A.TemplatePart[] = [];
    const stop = this.templateParts(lex.end, parts, false, '');
    const contentEnd = this.stopStart;
    let end = this.stopEnd;
    if (stop !== Stop.Close) end = this.unterminatedString(start, stop);
    if (parts.some((p) => p.type !== 'TemplateLiteral'))
      this.error('a block label cannot contain interpolations or directives', start, end);
    lex.pos = end;
    this.advance();
    return {
      quoted: true,
      raw: this.text.slice(start + 1, contentEnd),
      start,
      end,
      contentStart: start + 1,
      contentEnd,
    };
  }

  /** Whether `offset` is on the line of the innermost open block's `{`. */
  private onBlockOpeningLine(offset: number): boolean {
    const open = this.blockOpens[this.blockOpens.length - 1];
    return open !== undefined && !this.text.slice(open, offset).includes('\n');
  }

  private parseBlock(name: A.Identifier, labels: A.Label[]): A.Block {
    const lex = this.lex;
    const open = lex.start;
    this.enter();
    this.open.push(Tok.RBrace);
    this.advance();
    this.blockOpens.push(open);
    let body: A.BodyItem[];
    try {
      body = this.parseBody(true);
    } finally {
      this.blockOpens.pop();
    }
    let end: number;
    if (lex.token() === Tok.RBrace) {
      end = lex.end;
      this.open.pop();
      this.advance();
      const type = lex.token();
      // A nested block ends its line too: `a { b {} }` is not HCL.
      if (type !== Tok.Newline && type !== Tok.EOF)
        this.error(`expected a newline after "}", found ${describeToken(type, lex.tokenText())}`, lex.start, lex.end);
    } else {
      this.error(`missing "}" to close the "${name.name}" block`, lex.start, lex.end);
      this.open.length = Math.max(0, this.open.length - 1);
      end = lex.start;
    }
    this.depth--;
    return { type: 'Block', name, labels, open, body, start: name.start, end };
  }

  /**
   * Skip tokens after an error up to a resynchronisation point at the
   * recovery point's nesting (`height` open delimiters): a newline or a comma
   * (when asked), or a closer that belongs to an enclosing construct. With
   * `columnZero`, a line starting with an identifier in column 0 ends the
   * skip even inside unclosed brackets (the next top-level block).
   */
  private recover(height: number, newline: boolean, comma: boolean, columnZero: boolean): void {
    const lex = this.lex;
    const open = this.open;
    const text = this.text;
    if (open.length < height) open.length = height;
    if (columnZero && lex.token() === Tok.Ident && atColumnZero(text, lex.start)) {
      open.length = height;
      return;
    }
    for (;;) {
      const type = lex.token();
      if (type === Tok.EOF) {
        open.length = height;
        return;
      }
      if (open.length === height) {
        if ((type === Tok.Newline && newline) || (type === Tok.Comma && comma)) return;
        if (type === Tok.RBrace || type === Tok.RBracket || type === Tok.RParen) return;
      }
      switch (type) {
        case Tok.LBrace:
        case Tok.TemplateInterp:
        case Tok.TemplateControl:
          open.push(Tok.RBrace);
          break;
        case Tok.LBracket:
          open.push(Tok.RBracket);
          break;
        case Tok.LParen:
          open.push(Tok.RParen);
          break;
        case Tok.RBrace:
        case Tok.RBracket:
        case Tok.RParen: {
          let k = open.length - 1;
          while (k >= height && open[k] !== type) k--;
          if (k < height) {
            open.length = height;
            return;
          }
          open.length = k;
          break;
        }
        case Tok.Quote:
          lex.pos = skipQuoted(text, lex.end);
          break;
        case Tok.Heredoc:
          lex.pos = skipHeredoc(text, lex.start, lex.end);
          break;
        case Tok.Newline:
          if (columnZero && identifierLength(text, lex.end) > 0) {
            open.length = height;
            return;
          }
          break;
        default:
          break;
      }
      lex.next();
    }
  }

  // ---- expressions --------------------------------------------------------

  parseExpression(): A.Expression {
    this.enter();
    const condition = this.parseBinary(1);
    let result = condition;
    if (this.lex.token() === Tok.Question) {
      this.advance();
      const then = this.parseExpression();
      this.expect(Tok.Colon, '":" in the conditional expression');
      this.advance();
      const otherwise = this.parseExpression();
      result = { type: 'Conditional', condition, then, otherwise, start: condition.start, end: otherwise.end };
    }
    this.depth--;
    return result;
  }

  private parseBinary(minPrecedence: number): A.Expression {
    let left = this.parseUnary();
    const lex = this.lex;
    let levels = 0;
    for (;;) {
      const type = lex.token();
      const precedence = binaryPrecedence(type);
      if (precedence === 0 || precedence < minPrecedence) {
        this.depth -= levels;
        return left;
      }
      this.enter();
      levels++;
      const operator = lex.tokenText() as A.BinaryOperator;
      this.advance();
      const right = this.parseBinary(precedence + 1);
      left = { type: 'Binary', operator, left, right, start: left.start, end: right.end };
    }
  }

  private parseUnary(): A.Expression {
    const lex = this.lex;
    const type = lex.token();
    if (type === Tok.Bang || type === Tok.Minus) {
      const start = lex.start;
      this.enter();
      this.advance();
      const operand = this.parseUnary();
      this.depth--;
      return { type: 'Unary', operator: type === Tok.Bang ? '!' : '-', operand, start, end: operand.end };
    }
    return this.parseTerm();
  }

  /** A primary expression followed by attribute, index and splat accessors. */
  private parseTerm(): A.Expression {
    let expression = this.parsePrimary();
    const lex = this.lex;
    const text = this.text;
    for (;;) {
      if (lex.token() === Tok.Dot) {
        const after = lex.end;
        if (isDigit(text.charCodeAt(after))) {
          // Legacy index `.0`: digits only, so `a.0.1` is two steps.
          let end = after;
          while (isDigit(text.charCodeAt(end))) end++;
          const key: A.LiteralExpr = { type: 'Literal', value: Number(text.slice(after, end)), start: after, end };
          expression = { type: 'Index', object: expression, key, legacy: true, start: expression.start, end };
          lex.pos = end;
          this.advance();
          continue;
        }
        this.advance();
        if (lex.token() === Tok.Ident) {
          const name = this.ident();
          expression = { type: 'GetAttr', object: expression, name, start: expression.start, end: name.end };
          this.advance();
          continue;
        }
        if (lex.token() === Tok.Star) {
          expression = { type: 'Splat', object: expression, full: false, start: expression.start, end: lex.end };
          this.advance();
          continue;
        }
        this.fail('expected an attribute name or "*" after "."');
      }
      if (lex.token() === Tok.LBracket) {
        const saved = this.newlines;
        this.newlines = false;
        this.open.push(Tok.RBracket);
        this.advance();
        if (lex.token() === Tok.Star) {
          this.advance();
          this.expect(Tok.RBracket, '"]" after "[*"');
          expression = { type: 'Splat', object: expression, full: true, start: expression.start, end: lex.end };
        } else {
          const key = this.parseExpression();
          this.expect(Tok.RBracket, '"]" after the index');
          expression = { type: 'Index', object: expression, key, legacy: false, start: expression.start, end: lex.end };
        }
        this.open.pop();
        this.newlines = saved;
        this.advance();
        continue;
      }
      return expression;
    }
  }

  private parsePrimary(): A.Expression {
    const lex = this.lex;
    const start = lex.start;
    switch (lex.token()) {
      case Tok.Number: {
        const end = lex.end;
        const value = Number(lex.tokenText());
        this.advance();
        return { type: 'Literal', value, start, end };
      }
      case Tok.Ident: {
        const name = lex.tokenText();
        const end = lex.end;
        this.advance();
        if (lex.token() === Tok.LParen) return this.parseCall({ name, start, end });
        if (name === 'true' || name === 'false') return { type: 'Literal', value: name === 'true', start, end };
        if (name === 'null') return { type: 'Literal', value: null, start, end };
        if (name.includes('::')) {
          this.error(`"${name}" names a provider function: it must be called`, start, end);
        }
        return { type: 'Variable', name, start, end };
      }
      case Tok.Quote:
        return this.parseQuotedTemplate();
      case Tok.Heredoc:
        return this.parseHeredoc();
      case Tok.LBracket:
        return this.parseTuple();
      case Tok.LBrace:
        return this.parseObject();
      case Tok.LParen: {
        const saved = this.newlines;
        this.newlines = false;
        this.open.push(Tok.RParen);
        this.advance();
        const expression = this.parseExpression();
        this.expect(Tok.RParen, '")"');
        const end = lex.end;
        this.open.pop();
        this.newlines = saved;
        this.advance();
        return { type: 'Paren', expression, start, end };
      }
      default:
        return this.fail('expected an expression');
    }
  }

  private parseCall(name: A.Identifier): A.CallExpr {
    const lex = this.lex;
    const saved = this.newlines;
    this.newlines = false;
    this.open.push(Tok.RParen);
    this.advance();
    const args: A.Expression[] = [];
    let expandFinal = false;
    while (lex.token() !== Tok.RParen) {
      args.push(this.parseExpression());
      if (lex.token() === Tok.Ellipsis) {
        expandFinal = true;
        this.advance();
        this.expect(Tok.RParen, '")" after "..."');
        break;
      }
      if (lex.token() === Tok.Comma) this.advance();
      else if (lex.token() !== Tok.RParen) this.fail(`expected "," or ")" in the arguments of ${name.name}`);
    }
    const end = lex.end;
    this.open.pop();
    this.newlines = saved;
    this.advance();
    return { type: 'Call', name, args, expandFinal, start: name.start, end };
  }

  private parseTuple(): A.Expression {
    const lex = this.lex;
    const start = lex.start;
    const saved = this.newlines;
    this.newlines = false;
    this.open.push(Tok.RBracket);
    this.advance();
    if (lex.token() === Tok.Ident && lex.tokenText() === 'for') return this.parseFor(start, false, saved);
    const items: A.Expression[] = [];
    const height = this.open.length;
    while (lex.token() !== Tok.RBracket) {
      const depth = this.depth;
      try {
        items.push(this.parseExpression());
        if (lex.token() === Tok.Comma) this.advance();
        else if (lex.token() !== Tok.RBracket) this.fail('expected "," or "]" in the tuple');
      } catch (e) {
        if (e !== BAIL) throw e;
        this.newlines = false;
        this.depth = depth;
        this.recover(height, false, true, true);
        if (lex.token() === Tok.Comma) this.advance();
        else if (lex.token() !== Tok.RBracket) throw BAIL;
      }
    }
    const end = lex.end;
    this.open.pop();
    this.newlines = saved;
    this.advance();
    return { type: 'Tuple', items, start, end };
  }

  private parseObject(): A.Expression {
    const lex = this.lex;
    const start = lex.start;
    const saved = this.newlines;
    this.newlines = true;
    this.open.push(Tok.RBrace);
    this.advance();
    while (lex.token() === Tok.Newline) this.advance();
    if (lex.token() === Tok.Ident && lex.tokenText() === 'for') {
      this.newlines = false;
      return this.parseFor(start, true, saved);
    }
    const items: A.ObjectItem[] = [];
    const height = this.open.length;
    for (;;) {
      while (lex.token() === Tok.Newline) this.advance();
      if (lex.token() === Tok.RBrace) break;
      const depth = this.depth;
      try {
        if (lex.token() === Tok.EOF) this.fail('missing "}" to close the object');
        const key = this.parseExpression();
        if (lex.token() !== Tok.Equal && lex.token() !== Tok.Colon)
          this.fail('expected "=" or ":" after the object key');
        this.advance();
        const value = this.parseExpression();
        items.push({ key, value, start: key.start, end: value.end });
        const type = lex.token();
        if (type === Tok.Comma || type === Tok.Newline) this.advance();
        else if (type !== Tok.RBrace) this.fail('expected a newline or "," after the object item');
      } catch (e) {
        if (e !== BAIL) throw e;
        this.newlines = true;
        this.depth = depth;
        this.recover(height, true, true, true);
        if (lex.token() === Tok.Comma || lex.token() === Tok.Newline) this.advance();
        else if (lex.token() !== Tok.RBrace) throw BAIL;
      }
    }
    const end = lex.end;
    this.open.pop();
    this.newlines = saved;
    this.advance();
    return { type: 'Object', items, start, end };
  }

  /** `for [key,] value in collection` of a for expression or a template directive (the current token is `for`). */
  private parseForIntro(kind: 'expression' | 'directive'): {
    keyVar: A.Identifier | null;
    valueVar: A.Identifier;
    collection: A.Expression;
  } {
    const lex = this.lex;
    this.advance();
    this.expect(Tok.Ident, 'a variable name after "for"');
    let keyVar: A.Identifier | null = null;
    let valueVar = this.ident();
    this.advance();
    if (lex.token() === Tok.Comma) {
      this.advance();
      this.expect(Tok.Ident, 'a second variable name');
      keyVar = valueVar;
      valueVar = this.ident();
      this.advance();
    }
    if (lex.token() !== Tok.Ident || lex.tokenText() !== 'in') this.fail(`expected "in" in the for ${kind}`);
    this.advance();
    return { keyVar, valueVar, collection: this.parseExpression() };
  }

  /** After `[for` / `{for` (the current token is `for`); newlines are ignored until the closer. */
  private parseFor(start: number, object: boolean, saved: boolean): A.ForExpr {
    const lex = this.lex;
    const { keyVar, valueVar, collection } = this.parseForIntro('expression');
    this.expect(Tok.Colon, '":" in the for expression');
    this.advance();
    let key: A.Expression | null = null;
    let grouping = false;
    if (object) {
      key = this.parseExpression();
      this.expect(Tok.FatArrow, '"=>" in the object for expression');
      this.advance();
    }
    const value = this.parseExpression();
    if (object && lex.token() === Tok.Ellipsis) {
      grouping = true;
      this.advance();
    }
    let condition: A.Expression | null = null;
    if (lex.token() === Tok.Ident && lex.tokenText() === 'if') {
      this.advance();
      condition = this.parseExpression();
    }
    this.expect(
      object ? Tok.RBrace : Tok.RBracket,
      object ? '"}" to end the for expression' : '"]" to end the for expression',
    );
    const end = lex.end;
    this.open.pop();
    this.newlines = saved;
    this.advance();
    return { type: 'For', object, keyVar, valueVar, collection, key, value, grouping, condition, start, end };
  }

  // ---- templates ----------------------------------------------------------

  private parseQuotedTemplate(): A.TemplateExpr {
    const lex = this.lex;
    const start = lex.start;
    const parts: A.TemplatePart[] = [];
    let stop = this.templateParts(lex.end, parts, false, '');
    while (stop === Stop.Else || stop === Stop.EndIf || stop === Stop.EndFor) {
      this.error('template directive without its "%{ if }" or "%{ for }"', this.stopStart, this.stopEnd);
      stop = this.templateParts(this.stopEnd, parts, false, '');
    }
    let end = this.stopEnd;
    if (stop !== Stop.Close) end = this.unterminatedString(start, stop);
    lex.pos = end;
    this.advance();
    return { type: 'Template', parts, heredoc: null, start, end };
  }

  /** Report a string without its closing quote; it ends at the end of its line. */
  private unterminatedString(start: number, stop: Stop): number {
    const end = stop === Stop.EndOfLine || stop === Stop.EndOfFile ? this.stopStart : this.stopEnd;
    this.error('unterminated string (missing closing ")', start, end);
    return end;
  }

  private parseHeredoc(): A.TemplateExpr {
    const lex = this.lex;
    const text = this.text;
    const start = lex.start;
    const indented = text.charCodeAt(start + 2) === 45;
    const markerStart = start + (indented ? 3 : 2);
    const marker: A.Identifier = { name: text.slice(markerStart, lex.end), start: markerStart, end: lex.end };
    let p = lex.end;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 13)) p++;
    if (text.charCodeAt(p) !== 10) this.fail(`expected a newline after the heredoc marker ${marker.name}`);
    const contentStart = p + 1;
    const parts: A.TemplatePart[] = [];
    let stop = this.templateParts(contentStart, parts, true, marker.name);
    while (stop === Stop.Else || stop === Stop.EndIf || stop === Stop.EndFor) {
      this.error('template directive without its "%{ if }" or "%{ for }"', this.stopStart, this.stopEnd);
      stop = this.templateParts(this.stopEnd, parts, true, marker.name);
    }
    let end: number;
    let close: A.Identifier;
    let contentEnd: number;
    if (stop === Stop.Close) {
      end = this.stopEnd;
      close = { name: marker.name, start: this.stopStart, end };
      contentEnd = text.lastIndexOf('\n', this.stopStart - 1) + 1;
    } else {
      this.error(`unterminated heredoc: no line with its closing marker ${marker.name}`, start, marker.end);
      end = text.length;
      close = { name: marker.name, start: end, end };
      contentEnd = end;
    }
    lex.pos = end;
    this.advance();
    const heredoc: A.Heredoc = {
      indented,
      marker,
      contentStart,
      contentEnd: Math.max(contentStart, contentEnd),
      close,
    };
    this.heredocs.push({ start: contentStart, end });
    return { type: 'Template', parts, heredoc, start, end };
  }

  /**
   * Scan template content from `at` into `parts` until the end of the
   * template (closing quote; heredoc closing marker line) or a directive that
   * ends a block (`else`, `endif`, `endfor`). Sets `stopStart`/`stopEnd` to
   * the range of what stopped it.
   */
  private templateParts(at: number, parts: A.TemplatePart[], heredoc: boolean, marker: string): Stop {
    const text = this.text;
    const length = text.length;
    let i = at;
    let literal = at;
    let lineStart = heredoc;
    const flush = (end: number) => {
      if (end > literal) parts.push({ type: 'TemplateLiteral', start: literal, end });
    };
    for (;;) {
      if (lineStart) {
        const close = closingMarker(text, i, marker);
        if (close >= 0) {
          flush(i);
          this.stopStart = close;
          this.stopEnd = close + marker.length;
          return Stop.Close;
        }
        lineStart = false;
      }
      if (i >= length) {
        flush(length);
        this.stopStart = this.stopEnd = length;
        return Stop.EndOfFile;
      }
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (!heredoc) {
          flush(i);
          this.stopStart = this.stopEnd = i;
          return Stop.EndOfLine;
        }
        i++;
        lineStart = true;
        continue;
      }
      if (!heredoc) {
        if (c === 34) {
          flush(i);
          this.stopStart = i;
          this.stopEnd = i + 1;
          return Stop.Close;
        }
        if (c === 92 /* \ */) {
          i = this.escape(i);
          continue;
        }
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        flush(i);
        const stop = c === 36 ? this.interpolation(i, parts) : this.directive(i, parts, heredoc, marker);
        if (stop !== undefined) return stop;
        i = literal = this.stopEnd;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        i += 3; // `$${` and `%%{` are literal `${` and `%{`
        continue;
      }
      i++;
    }
  }

  /**
   * The escape sequence at `at` in a quoted template: `\n`, `\r`, `\t`,
   * `\"`, `\\`, `\uNNNN`, `\UNNNNNNNN`; anything else is an error. Returns
   * the offset after it.
   */
  private escape(at: number): number {
    const text = this.text;
    const next = text.charCodeAt(at + 1);
    if (next === 110 || next === 114 || next === 116 || next === 34 || next === 92) return at + 2;
    if (next === 117 || next === 85) {
      const digits = next === 117 ? 4 : 8;
      let i = at + 2;
      while (i < at + 2 + digits && isHexDigit(text.charCodeAt(i))) i++;
      if (i === at + 2 + digits) return i;
      this.error(`invalid escape sequence: \\${text[at + 1]} needs ${digits} hexadecimal digits`, at, i);
      return i;
    }
    if (at + 1 >= text.length || next === 10) {
      this.error('invalid escape sequence at the end of the line', at, at + 1);
      return at + 1;
    }
    const length = next >= 0xd800 && next <= 0xdbff ? 3 : 2;
    this.error(`invalid escape sequence "${text.slice(at, at + length)}"`, at, at + length);
    return at + length;
  }

  /** `${ expr }` at `at`; sets `stopEnd` to its end. */
  private interpolation(at: number, parts: A.TemplatePart[]): undefined {
    const lex = this.lex;
    let p = at + 2;
    const stripBefore = this.text.charCodeAt(p) === 126;
    if (stripBefore) p++;
    const saved = this.newlines;
    this.newlines = false;
    this.open.push(Tok.RBrace);
    lex.pos = p;
    this.advance();
    const expression = this.parseExpression();
    let stripAfter = false;
    if (lex.token() === Tok.Tilde) {
      stripAfter = true;
      this.advance();
    }
    this.expect(Tok.RBrace, '"}" to end the interpolation');
    this.open.pop();
    this.newlines = saved;
    parts.push({ type: 'TemplateInterpolation', expression, stripBefore, stripAfter, start: at, end: lex.end });
    this.stopEnd = lex.end;
    return undefined;
  }

  /** The `%{ keyword ... }` tag at `at`, up to its `}`; returns its keyword's token after setting the tag's range. */
  private directiveTag(at: number): string {
    const lex = this.lex;
    let p = at + 2;
    if (this.text.charCodeAt(p) === 126) p++;
    lex.pos = p;
    this.advance();
    this.expect(Tok.Ident, 'if, for, else, endif or endfor after "%{"');
    return lex.tokenText();
  }

  private closeTag(): number {
    const lex = this.lex;
    if (lex.token() === Tok.Tilde) this.advance();
    this.expect(Tok.RBrace, '"}" to end the template directive');
    return lex.end;
  }

  /**
   * A directive at `at`: `if`/`for` blocks are read whole into `parts`
   * (returns undefined, `stopEnd` at their end); `else`/`endif`/`endfor`
   * stop the enclosing scan (returned).
   */
  private directive(at: number, parts: A.TemplatePart[], heredoc: boolean, marker: string): Stop | undefined {
    const saved = this.newlines;
    this.newlines = false;
    this.open.push(Tok.RBrace);
    this.enter();
    const keyword = this.directiveTag(at);
    let result: Stop | undefined;
    if (keyword === 'else' || keyword === 'endif' || keyword === 'endfor') {
      this.advance();
      const end = this.closeTag();
      this.restoreAfterTag(saved);
      this.stopStart = at;
      this.stopEnd = end;
      result = keyword === 'else' ? Stop.Else : keyword === 'endif' ? Stop.EndIf : Stop.EndFor;
    } else if (keyword === 'if') {
      this.advance();
      const condition = this.parseExpression();
      const tagEnd = this.closeTag();
      this.restoreAfterTag(saved);
      const then: A.TemplatePart[] = [];
      let otherwise: A.TemplatePart[] | null = null;
      let stop = this.templateParts(tagEnd, then, heredoc, marker);
      if (stop === Stop.Else) {
        otherwise = [];
        stop = this.templateParts(this.stopEnd, otherwise, heredoc, marker);
      }
      result = this.endOfBlock(stop, Stop.EndIf, at, 'if');
      parts.push({ type: 'TemplateIf', condition, then, otherwise, start: at, end: this.stopEnd });
    } else if (keyword === 'for') {
      const { keyVar, valueVar, collection } = this.parseForIntro('directive');
      const tagEnd = this.closeTag();
      this.restoreAfterTag(saved);
      const body: A.TemplatePart[] = [];
      const stop = this.templateParts(tagEnd, body, heredoc, marker);
      result = this.endOfBlock(stop, Stop.EndFor, at, 'for');
      parts.push({ type: 'TemplateFor', keyVar, valueVar, collection, body, start: at, end: this.stopEnd });
    } else {
      this.fail('expected if, for, else, endif or endfor after "%{"');
    }
    this.depth--;
    return result;
  }

  private restoreAfterTag(saved: boolean): void {
    this.open.pop();
    this.newlines = saved;
  }

  /** After the body of an `if`/`for` directive: its end tag, or the end of the template (an error). */
  private endOfBlock(stop: Stop, expected: Stop, at: number, keyword: string): Stop | undefined {
    if (stop === expected) return undefined;
    const end = keyword === 'if' ? 'endif' : 'endfor';
    this.error(`missing "%{ ${end} }" for this "%{ ${keyword} }"`, at, at + 2);
    if (stop === Stop.Close || stop === Stop.EndOfLine || stop === Stop.EndOfFile) return stop;
    return undefined;
  }
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

function atColumnZero(text: string, at: number): boolean {
  return at === 0 || text.charCodeAt(at - 1) === 10;
}

function binaryPrecedence(type: Tok): number {
  switch (type) {
    case Tok.Or:
      return 1;
    case Tok.And:
      return 2;
    case Tok.EqualEqual:
    case Tok.NotEqual:
      return 3;
    case Tok.Less:
    case Tok.LessEqual:
    case Tok.Greater:
    case Tok.GreaterEqual:
      return 4;
    case Tok.Plus:
    case Tok.Minus:
      return 5;
    case Tok.Star:
    case Tok.Slash:
    case Tok.Percent:
      return 6;
    default:
      return 0;
  }
}

/** If the line starting at `at` is a heredoc's closing marker (indentation allowed), the marker's offset; else -1. */
function closingMarker(text: string, at: number, marker: string): number {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (!text.startsWith(marker, i)) return -1;
  let j = i + marker.length;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13) j++;
  return j >= text.length || text.charCodeAt(j) === 10 ? i : -1;
}

/** Recovery: the end of a quoted string starting after `at` (past its quote, or at its line's end). */
function skipQuoted(text: string, at: number): number {
  let braces = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 92) {
      if (text.charCodeAt(i + 1) !== 10) i++;
    } else if (braces > 0) {
      if (c === 123) braces++;
      else if (c === 125) braces--;
    } else if (c === 34) return i + 1;
    else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
      braces = 1;
      i++;
    }
  }
  return text.length;
}

/** Recovery: the end of a heredoc whose `<<MARKER` is [start, end). */
function skipHeredoc(text: string, start: number, end: number): number {
  const marker = text.slice(start + (text.charCodeAt(start + 2) === 45 ? 3 : 2), end);
  let line = text.indexOf('\n', end);
  while (line >= 0) {
    const close = closingMarker(text, line + 1, marker);
    if (close >= 0) return close + marker.length;
    line = text.indexOf('\n', line + 1);
  }
  return text.length;
}
