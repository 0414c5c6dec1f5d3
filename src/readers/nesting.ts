/**
 * A linear pre-scan of JavaScript/TypeScript source that refuses input nested
 * deeply enough to overflow oxc-parser's native stack. oxc recurses once per
 * level of syntax; past a few thousand levels it overflows the thread's stack
 * and the process dies with SIGSEGV, which no `try` can catch (an open
 * upstream issue). So every path that hands JS/TS text to oxc asks this first
 * (`parseTypeScript` in `pulumi-ts/ast.ts` is the only caller of oxc).
 *
 * The scan is a small tokenizer, not a parser: it skips strings, comments,
 * regular expression literals and template text, and measures at every token
 *
 *   cost = BRACKET_WEIGHT × open brackets + weighted tokens since the last `;` `,` `{` `}`
 *
 * Brackets (`(`, `[`, `{`, `${`) are what nest most cheaply in source; a run
 * of tokens with no separator is how prefix operators, arrows, `new`,
 * conditionals and assignments nest without brackets (`!!!!x`, `a=>a=>…`).
 * Measured in a worker thread (4 MB stack, the smaller of the two), oxc
 * overflows at about 2,400 levels of `{a:{a:…`, 2,800 of `[[…`, 5,000 of
 * `a=>`, 11,000 of `new`, 36,000 of `!`; the bound keeps about twice that
 * margin for every shape while real programs stay far below it (the whole
 * shared corpus peaks well under a tenth of it).
 */

/** Cost of one open bracket, in token units. */
const BRACKET_WEIGHT = 8;
/** Above this cost the text is not handed to the parser. */
export const MAX_NESTING_COST = 10_000;

export interface NestingProblem {
  message: string;
  /** UTF-16 offset where the bound was crossed. */
  offset: number;
}

const OPENERS = '([{';
const CLOSER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** After these words a `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95 || c > 127;
}

/** Undefined when the text is safe to parse, else why not. */
export function javascriptNestingProblem(text: string): NestingProblem | undefined {
  // Open brackets; '$' marks a template substitution `${`, '`' a template literal's text.
  const stack: string[] = [];
  let run = 0;
  let regexAllowed = true;
  let i = 0;
  const n = text.length;
  const check = (offset: number): NestingProblem | undefined => {
    const cost = BRACKET_WEIGHT * stack.length + run;
    if (cost <= MAX_NESTING_COST) return undefined;
    return {
      message: `nesting too deep to parse safely (more than ${MAX_NESTING_COST} units of nesting: ${stack.length} open brackets and ${run} operators and operands in one expression); not read`,
      offset,
    };
  };
  /** Skips template text from i (just after '`' or '}' of a substitution); leaves i after the closing '`' or '${'. */
  const skipTemplateText = (): void => {
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        stack.pop();
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        stack.push('$');
        return;
      } else i++;
    }
  };
  while (i < n) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      run += 2;
      regexAllowed = false;
    } else if (c === '`') {
      i++;
      stack.push('`');
      skipTemplateText();
      run += 2;
      regexAllowed = false;
    } else if (c === '/' && regexAllowed) {
      // A regular expression literal: skip to the closing '/', outside character classes.
      i++;
      let inClass = false;
      while (i < n && text[i] !== '\n') {
        const r = text[i];
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      run += 2;
      regexAllowed = false;
    } else if (isWordChar(code)) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      run += 2;
      regexAllowed = REGEX_AFTER_WORD.has(text.slice(start, i));
    } else if (OPENERS.includes(c)) {
      i++;
      stack.push(c);
      if (c === '{') run = 0;
      else run++;
      regexAllowed = true;
    } else if (c in CLOSER_OF) {
      i++;
      // Pop to the matching opener, so a bracket the tokenizer misread (in a
      // construct it does not know) cannot leak depth; an unmatched closer is ignored.
      const opener = CLOSER_OF[c];
      const template = Math.max(stack.lastIndexOf('$'), stack.lastIndexOf('`'));
      const at = c === '}' ? Math.max(stack.lastIndexOf('{'), stack.lastIndexOf('$')) : stack.lastIndexOf(opener);
      if (at >= 0 && at >= template) {
        const top = stack[at];
        stack.length = at;
        if (top === '$') {
          // The end of a template substitution: back in the template's text.
          skipTemplateText();
          regexAllowed = false;
          continue;
        }
      }
      if (c === '}') run = 0;
      regexAllowed = c === '}';
    } else {
      i++;
      if (c === ';' || c === ',') run = 0;
      else run++;
      regexAllowed = true;
    }
    const problem = check(start);
    if (problem) return problem;
  }
  return undefined;
}
