/**
 * A request's Markdown as sentences, each with its line and the headings and
 * list items it sits under (so "OPTIONAL ENHANCEMENTS" or a "DO NOT
 * hardcode:" item can qualify what follows). Code blocks are examples, not
 * requirements, and are left out; code spans stay, marked with backquotes.
 */
import MarkdownIt from 'markdown-it';

export interface Sentence {
  /** 1-based line of the sentence's first character. */
  line: number;
  text: string;
  /** Heading texts from the outermost to the nearest. */
  headings: string[];
  /** Lead texts of the list items the sentence is nested in (not its own item). */
  parents: string[];
  /** The sentence begins a list item. */
  item?: boolean;
  /** The sentence is a heading, or a paragraph bold throughout (`**Deletion Protection**`): it names a topic. */
  title?: boolean;
}

import type { Token } from 'markdown-it';

const markdown = new MarkdownIt('commonmark');

/** Inline content as text: emphasis dropped, code spans kept in backquotes, breaks as newlines. */
function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text') text += child.content;
    else if (child.type === 'code_inline') text += `\`${child.content}\``;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += child.content;
  }
  return text;
}

/** Splits at a sentence end (., ! or ? then space and a capital, quote or code) and at line breaks. */
function splitSentences(text: string): { offset: number; text: string }[] {
  const parts: { offset: number; text: string }[] = [];
  const boundary = /(?<=[.!?])\s+(?=[A-Z`*"'(])|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    parts.push({ offset: start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  parts.push({ offset: start, text: text.slice(start) });
  return parts.filter((part) => part.text.trim() !== '');
}

export function sentencesOf(source: string): Sentence[] {
  const tokens = markdown.parse(source, {});
  const sentences: Sentence[] = [];
  const headings: { level: number; text: string }[] = [];
  /** One entry per open list item: its lead text once known. */
  const items: (string | undefined)[] = [];
  /** Per open list: the paragraph introducing it ("Create IAM roles for:"), which qualifies its items like a parent item. */
  const intros: (string | undefined)[] = [];
  let lastText = '';
  /** The last paragraph was bold throughout (`**Lambda Functions**`): a heading in all but name. */
  let lastBold = false;
  /** A paragraph ending in ':' outside lists ("must implement the following:"): the short paragraphs after it are its items. */
  let paragraphIntro: string | undefined;
  let headingLevel = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        intros.push(lastText.trimEnd().endsWith(':') || lastBold ? lastText : undefined);
        paragraphIntro = undefined;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        intros.pop();
        break;
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
        paragraphIntro = undefined;
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'list_item_open':
        items.push(undefined);
        break;
      case 'list_item_close':
        items.pop();
        break;
      case 'inline': {
        const text = inlineText(token);
        if (headingLevel) {
          while (headings.length && headings[headings.length - 1].level >= headingLevel) headings.pop();
          headings.push({ level: headingLevel, text });
        }
        const firstLine = (token.map?.[0] ?? 0) + 1;
        const children = (token.children ?? []).filter((c) => c.type !== 'text' || c.content.trim() !== '');
        lastBold =
          !headingLevel &&
          children.length > 2 &&
          children[0].type === 'strong_open' &&
          children[children.length - 1].type === 'strong_close';
        lastText = text;
        // A one-line paragraph after an introducing paragraph reads as an item of it.
        const underIntro =
          !headingLevel && !items.length && paragraphIntro !== undefined && !text.includes('\n') && text.length <= 120;
        const parents = [...intros, ...items.slice(0, -1), ...(underIntro ? [paragraphIntro] : [])].filter(
          (lead): lead is string => lead !== undefined,
        );
        const leadsItem = (items.length > 0 && items[items.length - 1] === undefined) || underIntro;
        if (!headingLevel && !items.length) {
          if (text.trimEnd().endsWith(':')) paragraphIntro = text;
          else if (!underIntro) paragraphIntro = undefined;
        }
        if (leadsItem && items.length) items[items.length - 1] = text;
        for (const part of splitSentences(text)) {
          const line = firstLine + (text.slice(0, part.offset).match(/\n/g)?.length ?? 0);
          sentences.push({
            line,
            text: part.text.trim(),
            headings: headings.map((h) => h.text),
            parents,
            ...(leadsItem && part.offset === 0 ? { item: true } : {}),
            ...(headingLevel || lastBold ? { title: true } : {}),
          });
        }
        break;
      }
    }
  }
  return sentences;
}
