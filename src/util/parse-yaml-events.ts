/**
 * A YAML text as the `yaml` package's document of it, built from js-yaml's
 * event stream: the `yaml` package's parser and composer took about 40 % of
 * the CPU time of a CloudFormation YAML corpus scan, and js-yaml's events
 * come about four times faster. Nodes carry the values and the ranges the
 * `yaml` package gives, so the readers cannot tell the two apart.
 *
 * Only the plain case takes this way: one document without directives, no
 * key twice in a map, scalar keys, local tags (`!Ref`). Anything else,
 * and any text js-yaml rejects, is left to the `yaml` package, so errors and
 * edge cases read as they always did.
 */
import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type * as Yaml from 'yaml';
import { yamlPackage } from './parse-yaml.js';

let jsYaml: typeof JsYaml | undefined;

type Collection = Yaml.YAMLMap | Yaml.YAMLSeq;
type YamlNode = Yaml.Scalar | Yaml.Alias | Collection;

interface Open {
  node: Collection;
  /** A map's key waiting for its value. */
  key?: YamlNode;
  /** A map's scalar keys so far, by value (a key given twice is left to the `yaml` package's error). */
  keys?: Set<unknown>;
  /** Where the last item ends. */
  end: number;
  /** The column of its first key or `-`. */
  indent: number;
}

/** The document of `text` when it takes the plain case (see above); otherwise undefined. */
export function parseYamlByEvents(text: string): Yaml.Document.Parsed | undefined {
  // Loaded when YAML is first read, as the `yaml` package is: start-up of scans that read none.
  const js = (jsYaml ??= createRequire(import.meta.url)('js-yaml') as typeof JsYaml);
  let events: Event[];
  try {
    events = js.parseEvents(text, {});
  } catch {
    return undefined;
  }
  const yaml = yamlPackage();
  const document = new yaml.Document(undefined, { strict: false, uniqueKeys: true, stringKeys: false });
  const builder = new Builder(text, js, yaml, document.schema);
  let documents = 0;
  for (const event of events) {
    if (event.type === js.EVENT_ID.DOCUMENT) {
      if (++documents > 1 || event.directives.length) return undefined;
      continue;
    }
    if (!builder.add(event)) return undefined;
  }
  const contents = builder.root;
  if (!contents || builder.open.length) return undefined;
  document.contents = contents as Yaml.ParsedNode;
  document.range = [contents.range![0], contents.range![1], text.length];
  return document as Yaml.Document.Parsed;
}

class Builder {
  root: YamlNode | undefined;
  readonly open: Open[] = [];
  /** The schema's tags a plain scalar may take by its text, in the order the `yaml` package tries them. */
  private readonly scalarTags: Yaml.ScalarTag[];
  /** The tag of each plain text met (keys and types repeat), null for a string. */
  private readonly tagOfText = new Map<string, Yaml.ScalarTag | null>();

  constructor(
    private readonly text: string,
    private readonly js: typeof JsYaml,
    private readonly yaml: typeof Yaml,
    schema: Yaml.Schema,
  ) {
    this.scalarTags = schema.tags.filter((t): t is Yaml.ScalarTag => t.default === true && !t.collection);
  }

  /** Adds one event's node; false when the text is not the plain case. */
  add(event: Event): boolean {
    const EVENT = this.js.EVENT_ID;
    switch (event.type) {
      case EVENT.MAPPING:
      case EVENT.SEQUENCE: {
        const node = event.type === EVENT.MAPPING ? new this.yaml.YAMLMap() : new this.yaml.YAMLSeq();
        node.flow = event.style === this.js.COLLECTION_STYLE.FLOW;
        if (!this.props(node, event.tagStart, event.tagEnd, event.anchorStart, event.anchorEnd)) return false;
        node.range = [event.start, event.start, event.start];
        const indent = event.start - this.text.lastIndexOf('\n', event.start - 1) - 1;
        const keys = event.type === EVENT.MAPPING ? new Set() : undefined;
        this.open.push({ node, keys, end: event.start, indent });
        return true;
      }
      case EVENT.POP: {
        const closed = this.open.pop();
        // With nothing open, the document ends.
        if (!closed) return true;
        if (closed.key) return false;
        const { node } = closed;
        if (node.flow && node instanceof this.yaml.YAMLMap && this.text[node.range![0]] !== '{') {
          // A pair in a flow sequence (`[Condition: IsProd]`) is a map of its own, without braces.
          node.range = [node.range![0], closed.end, closed.end];
        } else if (node.flow) {
          // A flow collection ends after its closing bracket, which no event marks.
          const close = this.text.indexOf(node instanceof this.yaml.YAMLMap ? '}' : ']', closed.end);
          if (close < 0) return false;
          node.range = [node.range![0], close + 1, this.endAfter(close + 1)];
        } else {
          // A block collection ends where its last item does; the comments after it at its indentation or
          // deeper, and the space up to what follows, are its too.
          const comments = this.commentLinesAfter(closed.end, closed.indent);
          node.range = [node.range![0], closed.end, comments === undefined ? closed.end : this.nextToken(comments)];
        }
        return this.place(node);
      }
      case EVENT.SCALAR: {
        const scalar = this.scalar(event);
        return scalar !== undefined && this.place(scalar);
      }
      case EVENT.ALIAS: {
        const alias = new this.yaml.Alias(this.text.slice(event.anchorStart, event.anchorEnd));
        alias.range = [event.anchorStart - 1, event.anchorEnd, this.endAfter(event.anchorEnd)];
        return this.place(alias);
      }
      default:
        return false;
    }
  }

  private scalar(event: ScalarEvent): Yaml.Scalar | undefined {
    if (event.valueStart < 0) return this.emptyScalar(event);
    const source = this.js.getScalarValue(this.text, event);
    const tagged = event.tagStart >= 0;
    const STYLE = this.js.SCALAR_STYLE;
    let scalar: Yaml.Scalar | undefined;
    if (event.style === STYLE.PLAIN && !tagged) {
      // Typed as the `yaml` package types it: the first of its schema's default tags whose test matches, whose
      // resolution is the value or (a float, which keeps its digits) the node.
      let tag = this.tagOfText.get(source);
      if (tag === undefined) {
        tag = this.scalarTags.find((t) => t.test?.test(source)) ?? null;
        this.tagOfText.set(source, tag);
      }
      if (tag) {
        const resolved = tag.resolve(source, () => {}, {} as Yaml.ParseOptions);
        scalar = resolved instanceof this.yaml.Scalar ? resolved : new this.yaml.Scalar(resolved);
        if (tag.format) scalar.format = tag.format;
      }
    }
    scalar ??= new this.yaml.Scalar(source);
    const type: Yaml.Scalar.Type =
      event.style === STYLE.PLAIN
        ? 'PLAIN'
        : event.style === STYLE.SINGLE_QUOTED
          ? 'QUOTE_SINGLE'
          : event.style === STYLE.DOUBLE_QUOTED
            ? 'QUOTE_DOUBLE'
            : event.style === STYLE.LITERAL_BLOCK
              ? 'BLOCK_LITERAL'
              : 'BLOCK_FOLDED';
    scalar.type = type;
    scalar.source = source;
    if (!this.props(scalar, event.tagStart, event.tagEnd, event.anchorStart, event.anchorEnd)) return undefined;
    if (type === 'PLAIN') scalar.range = [event.valueStart, event.valueEnd, this.endAfter(event.valueEnd)];
    else if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE')
      scalar.range = [event.valueStart - 1, event.valueEnd + 1, this.endAfter(event.valueEnd + 1)];
    else {
      const range = this.blockScalarRange(event);
      if (!range) return undefined;
      scalar.range = range;
    }
    return scalar;
  }

  /**
   * A map's value left empty (`TopicName:`): null, or the empty string when tagged (`!Ref`), placed as `yaml`
   * places it, after the colon or the tag and the spaces that follow. js-yaml gives it no offsets; an empty
   * item elsewhere (a sequence, a key) is left to the `yaml` package.
   */
  private emptyScalar(event: ScalarEvent): Yaml.Scalar | undefined {
    const text = this.text;
    const parent = this.open.at(-1);
    let offset: number;
    if (event.tagStart >= 0 || event.anchorStart >= 0) offset = Math.max(event.tagEnd, event.anchorEnd);
    else if (parent?.key && !parent.node.flow) {
      offset = parent.key.range![1];
      while (text[offset] === ' ') offset++;
      if (text[offset] !== ':') return undefined;
      offset++;
    } else return undefined;
    while (text[offset] === ' ' || text[offset] === '\t') offset++;
    const scalar = new this.yaml.Scalar(event.tagStart >= 0 ? '' : null);
    scalar.type = 'PLAIN';
    scalar.source = '';
    if (!this.props(scalar, event.tagStart, event.tagEnd, event.anchorStart, event.anchorEnd)) return undefined;
    // A comment after it is its, with its line break.
    const end = text[offset] === '#' ? text.indexOf('\n', offset) + 1 || text.length : offset;
    scalar.range = [offset, offset, end];
    return scalar;
  }

  /**
   * A block scalar's range as the `yaml` package gives it: from its header (`|-`) to the end of its last line,
   * line break included. js-yaml's event starts after the header and ends after the empty lines that follow.
   */
  private blockScalarRange(event: ScalarEvent): [number, number, number] | undefined {
    const text = this.text;
    const headerEnd = text.lastIndexOf('\n', event.valueStart - 1);
    if (headerEnd < 0) return undefined;
    let header = text.lastIndexOf('\n', headerEnd - 1) + 1;
    // The header is the line's last word before a comment (after a key, a tag or an anchor).
    const words = text.slice(header, headerEnd).split(' #')[0].trimEnd();
    header += words.lastIndexOf(' ') + 1;
    if (text[header] !== '|' && text[header] !== '>') return undefined;
    // Its last line is the last that holds more than spaces or is indented deeper than its content.
    let end = headerEnd + 1;
    for (let line = event.valueStart; line < event.valueEnd;) {
      const { indent, blank, next } = this.lineAt(line);
      if (!blank || indent > event.indent) end = next;
      line = next;
    }
    return [header, end, end];
  }

  /**
   * Where `yaml` ends a node that ends at `from` in a block: past the rest of its line (a comment, the line
   * break) and the comment lines after it indented deeper than the collection around it.
   */
  private endAfter(from: number): number {
    const text = this.text;
    let i = from;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '#') {
      i = text.indexOf('\n', i);
      if (i < 0) return text.length;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (text[i] === '\n') i++;
    else return i === text.length ? i : from;
    const parent = this.open.at(-1);
    if (!parent || parent.node.flow) return i;
    return this.commentLinesAfter(i, parent.indent + 1) ?? i;
  }

  /** The end of the comment lines from the line at `from` on, blank lines between, indented `minIndent` or more. */
  private commentLinesAfter(from: number, minIndent: number): number | undefined {
    let end: number | undefined;
    for (let line = from; line < this.text.length;) {
      const { indent, blank, next } = this.lineAt(line);
      if (this.text[line + indent] === '#' && indent >= minIndent) end = next;
      else if (!blank) break;
      line = next;
    }
    return end;
  }

  /** The line that starts at `start`: its indentation, whether it holds only spaces, where the next one starts. */
  private lineAt(start: number): { indent: number; blank: boolean; next: number } {
    const text = this.text;
    let i = start;
    while (text[i] === ' ') i++;
    const lineBreak = text.indexOf('\n', i);
    const blank = i >= text.length || text[i] === '\n' || text[i] === '\r';
    return { indent: i - start, blank, next: lineBreak < 0 ? text.length : lineBreak + 1 };
  }

  /** The start of the next token from `from` on, over blank lines, comments and indentation. */
  private nextToken(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text[i] !== '#') return i;
      const lineBreak = text.indexOf('\n', i);
      if (lineBreak < 0) return text.length;
      i = lineBreak + 1;
    }
  }

  /** Sets a node's tag and anchor; false for a tag other than a local one (`!Ref`). */
  private props(node: YamlNode, tagStart: number, tagEnd: number, anchorStart: number, anchorEnd: number): boolean {
    if (tagStart >= 0) {
      const tag = this.text.slice(tagStart, tagEnd);
      if (!/^![A-Za-z][\w:.-]*$/.test(tag)) return false;
      (node as Yaml.Scalar).tag = tag;
    }
    if (anchorStart >= 0) (node as Yaml.Scalar).anchor = this.text.slice(anchorStart, anchorEnd);
    return true;
  }

  /** Puts a finished node in the collection open around it (or at the root). */
  private place(node: YamlNode): boolean {
    const parent = this.open.at(-1);
    if (!parent) {
      if (this.root) return false;
      this.root = node;
      return true;
    }
    // In a flow collection, what follows an item is the next item or the closing bracket.
    parent.end = parent.node.flow ? node.range![1] : node.range![2];
    if (parent.node instanceof this.yaml.YAMLSeq) {
      parent.node.items.push(node);
      return true;
    }
    if (!parent.key) {
      if (!(node instanceof this.yaml.Scalar) || parent.keys!.has(node.value)) return false;
      parent.keys!.add(node.value);
      parent.key = node;
      return true;
    }
    parent.node.items.push(new this.yaml.Pair(parent.key, node));
    parent.key = undefined;
    return true;
  }
}
