/**
 * Markdown reader: the fenced code blocks of a document (an AI answer) form a
 * virtual project. Each block gets a file path from the text that names it;
 * blocks of the same file either replace an earlier draft or continue it.
 * Virtual files keep a line map so findings point at the Markdown lines.
 */
import { basename, extname, join, posix } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { SourceFile, type LineOrigin, type Span } from '../../model/source.js';
import { emptyProgram, type Program, type RelatedTypes } from '../../model/types.js';
import { mayBeTemplateFile, mayBeTemplateText } from '../cloudformation/detect.js';
import { fragmentResourceTypes } from '../cloudformation/related.js';
import { frameworkOfExtension, frameworkOfPackage, isTestPath, READ_EXTENSIONS } from '../frameworks.js';
import { javascriptImports, pythonImports } from '../handlers/imports.js';
import { READERS } from '../index.js';
import { parsePython } from '../pulumi-py/parse.js';
import { parseTypeScript } from '../pulumi-ts/ast.js';
import { isReviewTitle } from './review-title.js';
import { isBrokenAttributeExcerpt, topLevelKeysOfTerraform } from '../terraform/parse.js';

/** What the block pass leaves for the inline parse of the same document (link reference definitions). */
type Env = Record<string, unknown>;

const LANGUAGE_EXTENSIONS: Record<string, string> = {
  hcl: '.tf',
  tf: '.tf',
  terraform: '.tf',
  typescript: '.ts',
  ts: '.ts',
  tsx: '.ts',
  javascript: '.js',
  js: '.js',
  python: '.py',
  py: '.py',
  python3: '.py',
};

/** Extensions of files a block may name, IaC or not (a handler, a config file…). */
const NAMEABLE_EXTENSIONS = new Set([
  ...READ_EXTENSIONS,
  '.json',
  '.yaml',
  '.yml',
  '.tpl',
  '.sh',
  '.txt',
  '.cfg',
  '.toml',
  '.template',
]);

const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];

/** Fence languages a CloudFormation template is written under (or none). */
const TEMPLATE_LANGUAGES = new Set(['yaml', 'yml', 'json', 'cloudformation', 'cfn', '']);
/**
 * Fence languages of programming languages no reader reads (GitHub Linguist's
 * names and aliases for them): an answer written only in these gets one
 * notice instead of an empty review.
 */
const UNREAD_LANGUAGES: Record<string, string> = {
  java: 'Java',
  go: 'Go',
  golang: 'Go',
  csharp: 'C#',
  cs: 'C#',
  'c#': 'C#',
  kotlin: 'Kotlin',
  kt: 'Kotlin',
  scala: 'Scala',
  rust: 'Rust',
  rs: 'Rust',
  ruby: 'Ruby',
  rb: 'Ruby',
  php: 'PHP',
  'c++': 'C++',
  cpp: 'C++',
  fsharp: 'F#',
  swift: 'Swift',
};

interface Block {
  /** Path inside the virtual project, posix style. */
  path: string;
  named: boolean;
  lines: { text: string; origin: LineOrigin }[];
}

interface VirtualFile {
  path: string;
  lines: { text: string; origin: LineOrigin }[];
}

/**
 * Block structure only: the inline markup of a heading or paragraph is parsed
 * when the block after it asks for a name (`namesInInline`). Most of an
 * answer's prose never is, and parsing it all was most of markdown-it's time.
 */
const blockMarkdown = MarkdownIt().disable('inline');
/**
 * The same without the normalizing pass, which rewrites every line break and NUL of the text (a third of
 * the block parse) and changes nothing in a text with no carriage return or NUL: most documents.
 */
const blockMarkdownOfNormalText = MarkdownIt().disable(['inline', 'normalize']);
const inlineMarkdown = MarkdownIt();

function parseBlocks(text: string, env: Env): Token[] {
  const normal = !text.includes('\r') && !text.includes('\0');
  return (normal ? blockMarkdownOfNormalText : blockMarkdown).parse(text, env);
}

export interface MarkdownReadOptions {
  /**
   * Read the document only when it presents a program: one of its blocks is a whole program file
   * (`presentsProgramFile`). A document found while walking a directory that only quotes parts of
   * programs (a review of an answer, a README's snippet) is no answer, and reading its snippets as
   * one program would report what they leave out. Without it (a document named on the command
   * line) every document is read.
   */
  onlyPrograms?: boolean;
  /** Told when `onlyPrograms` leaves the document unread although it holds code preflight reads. */
  onSkipped?: () => void;
}

export function readMarkdownDocument(document: SourceFile, options: MarkdownReadOptions = {}): Program[] {
  // A fence opens with three backticks or tildes: a document with neither (a request, most notes) holds no code.
  if (!document.text.includes('```') && !document.text.includes('~~~')) return [];
  // Link reference definitions found by the block pass, which the inline parse of a paragraph resolves.
  const env: Env = {};
  const tokens = parseBlocks(document.text, env);
  // Found in a directory, a review of an answer is not read: its quotes of the wrong and the corrected code
  // are no one program. Told by its title, before any of its blocks is parsed to tell whether it is a file.
  if (options.onlyPrograms && titlesReview(tokens)) {
    // Counted in the summary when it holds code a reader would read, so an answer taken for a review is not unseen.
    if (tokens.some(holdsReadCode)) options.onSkipped?.();
    return [];
  }
  const sourceLines = document.text.split('\n');
  const files = new Map<string, VirtualFile>();
  const lastOfLanguage = new Map<string, VirtualFile>();
  let unnamed = 0;
  let drafts = 0;
  // Headings and paragraphs since the last block: the text that may name the next one.
  let context: Token[] = [];
  // Where in `context` the current section (the last heading) starts.
  let section = 0;
  let inHeading = false;
  const unread: { language: string; line: number }[] = [];
  let presentsProgram = false;
  let mayPresentTemplate = false;
  const fragments: string[] = [];
  const cut = new Set<Token>();

  for (let i = answerStart(tokens); i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open') inHeading = true;
    if (token.type === 'inline') {
      // Text that may name the next block: headings and paragraphs right before it.
      if (inHeading) section = context.length;
      inHeading = false;
      context.push(token);
      continue;
    }
    if (token.type === 'hr') {
      context = [];
      section = 0;
    }
    if (token.type !== 'fence' || !token.map) continue;
    // A fence left open swallows the next block's opening line (```` ```json ````): what follows it is that block.
    // Cut once: the blocks cut from a fence swallowed nothing themselves.
    if (!cut.has(token)) {
      const inner = innerFencesOf(token);
      inner.forEach((block) => cut.add(block));
      tokens.splice(i + 1, 0, ...inner);
    }
    const language = fenceLanguage(token);
    // A block without a language takes any name, so only its own section names it: a file
    // mentioned sections earlier ("organised across main.tf and variables.tf") is not its name.
    const proseName = lastNameIn(language === '' ? context.slice(section) : context, env);
    context = [];
    section = 0;
    if (Object.hasOwn(UNREAD_LANGUAGES, language))
      unread.push({ language: UNREAD_LANGUAGES[language], line: token.map[0] });
    // Resources written as bare fragments of a template ("RawBucket": {"Type": "AWS::S3::Bucket", ...}).
    if (TEMPLATE_LANGUAGES.has(language)) fragments.push(token.content);
    const block = blockOf(token, language, proseName, document, sourceLines);
    if (!block) continue;
    const extension = extname(block.path);
    if (options.onlyPrograms && !presentsProgram) {
      // A template is told by reading it, which the document's reading does below: parsed here too, YAML
      // blocks cost a second parse as long as the first (the most of a CloudFormation corpus's time).
      if (TEMPLATE_EXTENSIONS.includes(extension))
        mayPresentTemplate ||= mayBeTemplateText(block.lines.map((l) => l.text).join('\n'));
      else presentsProgram = presentsProgramFile(block, extension);
    }
    // An unnamed Terraform block beside named files that says it is an example, or restates a block
    // they declare, illustrates the prose: it is not part of the program.
    if (!block.named && extension === '.tf' && isTerraformExcerpt(block, files)) continue;
    if (!block.named) {
      const previous = lastOfLanguage.get(extension);
      if (previous && !isWholeFile(block, extension)) {
        previous.lines.push(...block.lines);
        continue;
      }
      block.path = `block-${++unnamed}${extension}`;
    }
    const existing = files.get(block.path);
    if (existing && TEMPLATE_EXTENSIONS.includes(extension) && !isWholeFile(block, extension)) {
      // A YAML or JSON excerpt under a template's name is not part of the template.
      files.set(`excerpt-${++drafts}${extension}`, { path: `excerpt-${drafts}${extension}`, lines: block.lines });
      continue;
    }
    if (existing && !replacesDraft(existing, block, extension)) existing.lines.push(...block.lines);
    else {
      // A Python draft that a later block replaces stays in the project under a name no import reaches:
      // reviewers cite drafts too, and the Python reader reads code that nothing calls.
      if (existing && extension === '.py') {
        const draft = `${block.path.slice(0, -3)}.draft${++drafts}.py`;
        files.set(draft, { path: draft, lines: existing.lines });
      }
      const file = { path: block.path, lines: block.lines };
      files.set(block.path, file);
      lastOfLanguage.set(extension, file);
      continue;
    }
    lastOfLanguage.set(extension, existing);
  }

  // Found in a directory, a document that presents no program file (a review, a README) is not read; one whose
  // code is all in languages no reader reads (an answer in Go) goes on, to the notice that says so.
  const readLanguage = (path: string) => !isTestPath(path) && frameworkOfExtension(extname(path)) !== undefined;
  const readsSome = [...files.keys()].some(readLanguage);
  const onlyUnread = unread.length > 0 && !readsSome;
  // Skipped, not silently: a summary counts the documents with code that a directory scan leaves unread.
  const skipped = (): Program[] => {
    if (readsSome) options.onSkipped?.();
    return [];
  };
  if (options.onlyPrograms && !presentsProgram && !mayPresentTemplate && !onlyUnread) return skipped();
  const base = `${document.path}#`;
  // The answer's unit tests are not part of its program, as a scan of a directory skips them.
  const virtual = [...files.values()]
    .filter((file) => !isTestPath(file.path))
    .map(
      (file) =>
        new SourceFile(
          join(base, file.path),
          fileText(file.lines),
          file.lines.map((l) => l.origin),
        ),
    );
  const byPath = new Map(virtual.map((f) => [f.path, f]));
  const readFile = (path: string) => byPath.get(path.startsWith(base) ? path : join(base, path));
  const programs: Program[] = [];
  // The answer's other files (handler code, a backend configuration) are what lies beside its programs.
  const answerFiles = [...files.keys()];
  for (const framework of ['terraform', 'pulumi-ts', 'pulumi-py'] as const) {
    const own = virtual.filter((f) => frameworkOfExtension(extname(f.path)) === framework);
    // Terraform modules are directories: `modules/network/main.tf` is a module of its own.
    const groups = framework === 'terraform' ? groupByDirectory(own) : own.length ? [own] : [];
    for (const files of groups) {
      const program = readWithoutProse(
        (files) => READERS[framework]({ framework, root: base, files, readFile }),
        files,
      );
      program.siblingFiles = answerFiles;
      const found = program.resources.length || program.dataSources.length || program.diagnostics.length;
      if (found || framework === 'terraform') programs.push(program);
    }
  }
  // Each template is a program of its own (a stack).
  for (const file of virtual)
    if (mayBeTemplateFile(file.path) && mayBeTemplateText(file.text)) {
      const program = readWithoutProse(
        (files) => READERS.cloudformation({ framework: 'cloudformation', root: base, files, readFile }),
        [file],
      );
      if (program.resources.length || program.diagnostics.length) programs.push(program);
    }
  // A template read as one: the reader keeps the resources of a template document only.
  const readTemplate = programs.some((program) => program.framework === 'cloudformation' && program.resources.length);
  if (options.onlyPrograms && !presentsProgram && !readTemplate && !onlyUnread) return skipped();
  // Every program of the answer sees the resources its fragments declare, read as a template or not. Parsing
  // them (templates again, often) waits until a check finds a service missing from the programs themselves.
  if (fragments.length) {
    let types: string[] | undefined;
    const related: RelatedTypes = {
      complete: true,
      get types() {
        return (types ??= [...new Set(fragments.flatMap(fragmentResourceTypes))].sort());
      },
    };
    for (const program of programs) program.related = related;
  }
  if (onlyUnread && programs.length === 0) {
    programs.push(emptyProgram('terraform', base));
    const languages = [...new Set(unread.map((u) => u.language))];
    const start = document.lineStarts[unread[0].line] ?? 0;
    programs[0].diagnostics.push({
      message:
        `The answer's code is ${languages.join(', ')} (${unread.length} block${unread.length === 1 ? '' : 's'}), ` +
        'which preflight does not read (it reads Terraform, CloudFormation, and Pulumi, AWS CDK and CDK for Terraform in TypeScript and Python): none of it was reviewed.',
      span: document.span(start, start + (sourceLines[unread[0].line]?.length ?? 0)),
      unsupportedLanguage: true,
    });
  }
  return programs;
}

/**
 * The blocks a fence left open swallowed: markdown-it reads a ```` ```json ```` line inside an open fence as
 * code (a closing fence has no language), so the answer's next blocks become part of the previous one.
 * The lines after each such opening line are a block of its own, in its language, up to the next one (where
 * the block's reading stops anyway). All are cut in one pass over the lines: cutting one block at a time
 * read the rest of the fence again for each, quadratic in a fence of many opening lines.
 */
function innerFencesOf(token: Token): Token[] {
  const inner: Token[] = [];
  const openings: number[] = [];
  const lines = token.content.split('\n');
  let swallowing = token;
  for (let index = 0; index < lines.length; index++) {
    if (!OPENING_FENCE.test(lines[index])) continue;
    if (!swallowsBlocks(swallowing)) break;
    swallowing = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
    swallowing.info = lines[index].trim().replace(/^(`{3,}|~{3,})/, '');
    swallowing.map = [token.map![0] + 1 + index, token.map![1]];
    inner.push(swallowing);
    openings.push(index);
  }
  inner.forEach((block, k) => (block.content = lines.slice(openings[k] + 1, openings[k + 1]).join('\n')));
  return inner;
}

/** Only code swallows a block so: in a Markdown or text block (a README), a fenced example is part of the text. */
function swallowsBlocks(token: Token): boolean {
  const language = token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return Object.hasOwn(LANGUAGE_EXTENSIONS, language) || (TEMPLATE_LANGUAGES.has(language) && language !== '');
}

/** A fence line that opens a block in a language (```` ```json ````, ```` ```python ````). */
const OPENING_FENCE = /^\s*(`{3,}|~{3,})[A-Za-z][\w+-]*\s*$/;

/** Rounds of blanking prose lines and reading again; each round blanks every prose line the parser rejected. */
const MAX_PROSE_ROUNDS = 20;

/**
 * Reads a program from the answer's files without the prose an answer writes inside a code block ("Now let's
 * set up the KMS key:" between two resources): a line the parser rejects that reads as a sentence (or as a
 * shell command) is not code,
 * so it is blanked and the files are read again. What still does not parse in a block that held prose is only a
 * note (`amidProse`): such a block is a transcript of the answer's drafting, not a file as written.
 */
function readWithoutProse(read: (files: SourceFile[]) => Program, files: SourceFile[]): Program {
  let program = read(files);
  const heldProse = new Set<string>();
  for (let round = 0; round < MAX_PROSE_ROUNDS; round++) {
    // Per file with a diagnostic: its lines (split once, however many diagnostics it has) and its prose lines.
    const diagnosed = new Map<SourceFile, { lines: string[]; prose: Set<number> }>();
    for (const diagnostic of program.diagnostics) {
      if (diagnostic.unsupportedLanguage || diagnostic.notRead) continue;
      const at = virtualLineOf(files, diagnostic.span);
      if (!at) continue;
      let file = diagnosed.get(at.file);
      if (!file) {
        const lines = at.file.text.split('\n');
        const prose = new Set<number>();
        // JSON and YAML parsers report where the structure broke, often lines after the sentence that broke it;
        // neither has text at the start of a line that is not a key (`Description: ...`, with a colon), so
        // there every unindented sentence without a colon is prose.
        if (TEMPLATE_EXTENSIONS.includes(extname(at.file.path)))
          lines.forEach((line, index) => {
            if (line === line.trimStart() && !line.includes(':') && readsAsProse(line)) prose.add(index);
          });
        diagnosed.set(at.file, (file = { lines, prose }));
      }
      const line = file.lines[at.index] ?? '';
      if (readsAsProse(line) || readsAsCommand(line) || readsAsMarkdownProse(line)) {
        file.prose.add(at.index);
        // The prose goes on to the next code: a section of the answer's text (headings, lists, paragraphs) that a
        // fence left open took in goes in one round, not a line per round.
        for (let next = at.index + 1; next < file.lines.length; next++) {
          const text = file.lines[next];
          if (text.trim() !== '' && !readsAsProse(text) && !readsAsMarkdownProse(text)) break;
          file.prose.add(next);
        }
      }
    }
    if (![...diagnosed.values()].some((file) => file.prose.size)) break;
    files = files.map((file) => {
      const found = diagnosed.get(file);
      if (!found?.prose.size) return file;
      heldProse.add(file.path);
      const text = found.lines.map((line, index) => (found.prose.has(index) ? '' : line)).join('\n');
      return new SourceFile(file.path, text, file.origins);
    });
    program = read(files);
  }
  if (heldProse.size)
    for (const diagnostic of program.diagnostics) {
      const at = virtualLineOf(files, diagnostic.span);
      if (at && heldProse.has(at.file.path)) diagnostic.amidProse = true;
    }
  for (const diagnostic of program.diagnostics) {
    if (diagnostic.unsupportedLanguage || diagnostic.notRead || diagnostic.amidProse) continue;
    const at = virtualLineOf(files, diagnostic.span);
    if (at && isExcerptBlock(at.file, at.index)) {
      diagnostic.excerpt = true;
      diagnostic.message += ' (the block quotes part of a file: it elides code or starts inside an expression)';
    }
  }
  return program;
}

/** A line that stands for code left out (`...`, `...,`, `…`). */
const ELISION = /^(?:\.\.\.|…),?$/;
/** A quoted key and its value (`"query": f"..."`): an entry of a dict or object, quoted without it. */
const MAPPING_ENTRY = /^(["'])[^"'\n]*\1\s*:/;

/**
 * Whether the block (of the answer's Markdown) holding the virtual file's line quotes part of a file rather than
 * presenting one: it elides code with a line of its own (`...`), or its first code is an entry of a dict or
 * object literal (`"key": value`), whose opening the quote leaves out. What does not parse there is the quote's
 * cut, not the code's.
 */
function isExcerptBlock(file: SourceFile, index: number): boolean {
  const origins = file.origins;
  if (!origins?.[index]) return false;
  // The block is the run of lines from consecutive lines of the document around the line.
  let first = index;
  while (first > 0 && origins[first - 1] && origins[first - 1].line === origins[first].line - 1) first--;
  let last = index;
  while (origins[last + 1] && origins[last + 1].line === origins[last].line + 1) last++;
  const lines = file.text
    .split('\n')
    .slice(first, last + 1)
    .map((line) => line.trim());
  if (lines.some((line) => ELISION.test(line))) return true;
  const code = lines.find((line) => line && !line.startsWith('#') && !line.startsWith('//'));
  return code !== undefined && MAPPING_ENTRY.test(code);
}

/** The virtual file and 0-based line a span of the Markdown document points at. */
function virtualLineOf(files: SourceFile[], span: Span): { file: SourceFile; index: number } | undefined {
  for (const file of files) {
    const index = file.origins?.findIndex((origin) => origin.file === span.file && origin.line === span.line) ?? -1;
    if (index >= 0) return { file, index };
  }
  return undefined;
}

/**
 * A line that reads as an English sentence, not code: it starts with a capital letter and is mostly words,
 * without the punctuation code is made of (`=`, braces, brackets, quotes, semicolons), and is not a key.
 */
function readsAsProse(line: string): boolean {
  const text = line.trim();
  if (!/^[A-Z]/.test(text) || /[={}[\];"`<>$|\\]/.test(text)) return false;
  const words = text.split(/\s+/);
  // `Description: Creates the bucket for the logs` is a YAML key and its value.
  if (words.length < 4 || words[0].endsWith(':')) return false;
  const plain = words.filter((word) => /^\(?[A-Za-z][A-Za-z'’-]*[.,:;!?)]*$/.test(word)).length;
  return plain / words.length >= 0.75;
}

/** A Markdown heading (`## Key Features`), which no language read here accepts where a parser rejected it. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}\s+\S/;
/** The marker of a Markdown list item (`- `, `* `, `1. `). */
const MARKDOWN_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/**
 * A line of the answer's Markdown text: a heading, or a list item that reads as a sentence once its marker and
 * emphasis go (`- **Least Privilege IAM**: All roles have minimal required permissions`).
 */
function readsAsMarkdownProse(line: string): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  const item = MARKDOWN_ITEM.exec(line);
  return item !== null && readsAsProse(line.slice(item[0].length).replace(/\*\*|__/g, ''));
}

/**
 * A shell command (`terraform apply -var="env=dev"`, `pulumi up --yes`) in a block labelled as code: a program
 * and a subcommand, lowercase words, then options. Asked only of lines the parser rejected.
 */
function readsAsCommand(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const firstOption = words.findIndex((word) => /^--?[a-z]/.test(word));
  return (
    firstOption >= 2 &&
    words.slice(0, firstOption).every((word) => /^[a-z][a-z0-9_-]*$/.test(word)) &&
    !/[{}]/.test(line)
  );
}

function groupByDirectory(files: SourceFile[]): SourceFile[][] {
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const dir = posix.dirname(file.path);
    groups.set(dir, [...(groups.get(dir) ?? []), file]);
  }
  return [...groups.values()];
}

/** A fence's language, the first word of its info string, lower case (`` ```HCL title `` → `hcl`). */
function fenceLanguage(fence: Token): string {
  return fence.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

/** Whether a token is a block of code a reader reads: in one of their languages (`hcl`, `ts`, `python`…), or a template. */
function holdsReadCode(token: Token): boolean {
  if (token.type !== 'fence') return false;
  const language = fenceLanguage(token);
  if (Object.hasOwn(LANGUAGE_EXTENSIONS, language))
    return frameworkOfExtension(LANGUAGE_EXTENSIONS[language]) !== undefined;
  return TEMPLATE_LANGUAGES.has(language) && mayBeTemplateText(token.content);
}

/**
 * Where the answer begins in a document that shows its reasoning first: a "Reasoning Trace" heading and, later, an
 * "Answer" heading of the same level with code after it. The trace's blocks are drafts of what the answer then
 * writes whole; read together with it, a draft's blocks would join the program as files of their own.
 */
function answerStart(tokens: Token[]): number {
  let traceLevel: string | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const title = tokens[i + 1].content.trim().toLowerCase();
    if (traceLevel === undefined) {
      if (title === 'reasoning trace') traceLevel = tokens[i].tag;
    } else if (tokens[i].tag === traceLevel && title === 'answer') {
      for (let j = i; j < tokens.length; j++) if (tokens[j].type === 'fence') return i;
      return 0;
    }
  }
  return 0;
}

/** Whether the document's title, its first heading when no code comes before it, names a review (review-title.ts). */
function titlesReview(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type === 'fence') return false;
    if (tokens[i].type === 'heading_open') return isReviewTitle(tokens[i + 1]?.content ?? '');
  }
  return false;
}

/** The last file name the text before a block mentions (read from the end: usually the line right before it). */
function lastNameIn(context: Token[], env: Env): string | undefined {
  for (let i = context.length - 1; i >= 0; i--) {
    const names = namesInInline(context[i], env);
    if (names.length) return names[names.length - 1];
  }
  return undefined;
}

/** Candidate file names in a heading or paragraph: code spans and path-like words. */
function namesInInline(token: Token, env: Env): string[] {
  // A file name has an extension; a text without a dot (or an entity that could be one) names none.
  if (!token.content.includes('.') && !token.content.includes('&')) return [];
  const names: string[] = [];
  // The same children the full parse gives (`parseInline` runs the same inline rules on the same text).
  const children = inlineMarkdown.parseInline(token.content, env)[0]?.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    // `__main__.py` written without backticks is parsed as emphasis: `<strong>main</strong>.py`.
    if (
      child.type === 'strong_open' &&
      children[i + 1]?.type === 'text' &&
      children[i + 2]?.type === 'strong_close' &&
      children[i + 3]?.type === 'text' &&
      children[i + 3].content.startsWith('.')
    ) {
      const name = asFileName(`__${children[i + 1].content}__${children[i + 3].content.split(/\s+/)[0]}`);
      if (name) names.push(name);
      i += 3;
      continue;
    }
    const words =
      child.type === 'code_inline' ? [child.content] : child.type === 'text' ? child.content.split(/\s+/) : [];
    for (const word of words) {
      const name = asFileName(word);
      if (name) names.push(name);
    }
  }
  return names;
}

function asFileName(word: string): string | undefined {
  // Emphasis underscores around a word go, a Python dunder name (`__main__.py`) stays.
  const dunder = /^[*"'`([]*(__\w+__\.\w+)/.exec(word.trim());
  const trimmed = dunder ? dunder[1] : word.trim().replace(/^[*_"'`([]+|[*_"'`)\]:,.;]+$/g, '');
  if (!trimmed || /\s/.test(trimmed) || trimmed.includes('://')) return undefined;
  const ext = extname(trimmed).toLowerCase();
  if (!NAMEABLE_EXTENSIONS.has(ext) || basename(trimmed) === ext) return undefined;
  return posix.normalize(trimmed.replace(/^\.\//, ''));
}

function blockOf(
  token: Token,
  language: string,
  proseName: string | undefined,
  document: SourceFile,
  sourceLines: string[],
): Block | undefined {
  const [open] = token.map!;
  const fenceLine = sourceLines[open] ?? '';
  const indent = fenceLine.length - fenceLine.trimStart().length;
  const rawLines = token.content.split('\n');
  const contentLines = withoutFenceArtefacts(rawLines, LANGUAGE_EXTENSIONS[language]);
  // A block without a language that holds fences is Markdown (a README, a broken fence's prose), not code.
  if (language === '' && contentLines.length < rawLines.length) return undefined;
  if (contentLines.at(-1) === '') contentLines.pop();
  const lines = contentLines.map((text, index) => {
    const line = open + 1 + index;
    const real = sourceLines[line] ?? '';
    const shift = Math.min(indent, real.length - real.trimStart().length);
    return {
      text,
      origin: { file: document.path, line: line + 1, offset: document.lineStarts[line] + shift, columnShift: shift },
    };
  });
  // A first-line comment naming the file (`# main.tf`, `// lib/tap-stack.ts`) wins over the prose.
  const first = contentLines[0]?.trim() ?? '';
  const commentName =
    first.startsWith('#') || first.startsWith('//')
      ? asFileName(first.replace(/^(#|\/\/)\s*(File:\s*)?/i, ''))
      : undefined;
  // `// bin/app.ts` above `#!/usr/bin/env node` labels the block; in the file the hashbang is first, where it
  // is allowed (below a line it is a syntax error in JavaScript and TypeScript). It directs the shell only.
  if (commentName && lines[1]?.text.startsWith('#!')) lines[1] = { ...lines[1], text: '' };
  const languageExtension = LANGUAGE_EXTENSIONS[language];
  // A name fits a block when its extension is the block's language, or is not code preflight reads;
  // a block without a language takes any name. (A `bash` block after "edit `lib/stack.ts`" is not that file.)
  const pick = [commentName, proseName].find(
    (name) => name && (language === '' || extname(name) === languageExtension || !frameworkOfExtension(extname(name))),
  );
  if (pick) return { path: pick, named: true, lines };
  if (TEMPLATE_LANGUAGES.has(language) && mayBeTemplateText(token.content))
    return { path: first.startsWith('{') ? 'template.json' : 'template.yaml', named: false, lines };
  if (!languageExtension) return undefined;
  return { path: `unnamed${languageExtension}`, named: false, lines };
}

/**
 * The code of a block without what a broken fence swallowed: an answer that opens a block
 * with four backticks, or leaves a stray backtick line, makes the Markdown parser read the
 * next prose, fences and all, as code. A line that is itself a fence (```` ```bash ````, or a
 * lone backtick outside JavaScript) is not code in the languages read here, so the block ends there.
 */
function withoutFenceArtefacts(lines: string[], extension: string | undefined): string[] {
  // A lone backtick closes a template literal in JavaScript and TypeScript: there only a full fence counts.
  const fenceLine =
    extension === '.ts' || extension === '.js' ? /^\s*(`{3,}|~{3,})[\w+-]*\s*$/ : /^\s*(`+|~{3,})[\w+-]*\s*$/;
  const fence = lines.findIndex((line) => fenceLine.test(line));
  return fence < 0 ? lines : lines.slice(0, fence);
}

/** A block that starts a file of its own (imports, a module header) rather than continuing one. */
function isWholeFile(block: Block, extension: string): boolean {
  const firstCode = block.lines
    .map((l) => l.text.trim())
    .find((t) => t && !t.startsWith('#') && !t.startsWith('//') && !t.startsWith('/*') && !t.startsWith('*'));
  if (!firstCode) return false;
  if (extension === '.tf') return true;
  // A template is whole; a YAML or JSON snippet after it is not part of it.
  if (TEMPLATE_EXTENSIONS.includes(extension)) return mayBeTemplateText(block.lines.map((l) => l.text).join('\n'));
  if (extension === '.py')
    return firstCode.startsWith('import ') || firstCode.startsWith('from ') || firstCode.startsWith('"""');
  return firstCode.startsWith('import ') || firstCode.startsWith("'use strict'") || firstCode.includes('require(');
}

/** Top-level blocks a Terraform block declares at least to be a file of a module rather than a quote of one. */
const MIN_TERRAFORM_FILE_BLOCKS = 3;

/**
 * Whether a block is a whole file of a program rather than a quote of one: Terraform that declares several
 * top-level blocks, TypeScript or Python that imports an infrastructure package (Pulumi, the AWS CDK, CDK for
 * Terraform); a CloudFormation template is told by the document's reading of it. Reviews of an answer (MODEL_FAILURES.md), READMEs and summaries quote
 * a resource or two, a `provider` or `terraform` block, each under the file name it comes from, so neither a
 * block's kind nor its name tells a file from a quote; on the corpus every answer has a block of three or more,
 * two thirds of the reviews have none.
 */
function presentsProgramFile(block: Block, extension: string): boolean {
  // The text a reader gets when the block is a file of its own, so that the parse below is the parse it reuses.
  const text = fileText(block.lines);
  if (extension === '.tf') return topLevelKeysOfTerraform(text).length >= MIN_TERRAFORM_FILE_BLOCKS;
  const framework = frameworkOfExtension(extension);
  if (framework !== 'pulumi-ts' && framework !== 'pulumi-py') return false;
  // Every package `frameworkOfPackage` knows has one of these in its name: without them, nothing to parse for.
  if (!text.includes('pulumi') && !text.includes('cdk')) return false;
  // An answer often writes a step's title and its file's name on the first lines of the block
  // (`2. VPC Components`, `components/vpc/vpc.ts`); the imports follow.
  const language = framework === 'pulumi-ts' ? 'ts' : 'py';
  for (let first = 0; first < Math.min(block.lines.length, MAX_TITLE_LINES + 1); first++) {
    const file = new SourceFile(block.path, first === 0 ? text : fileText(block.lines.slice(first)));
    let modules: string[];
    let rejected = false;
    if (language === 'ts') {
      const parsed = parseTypeScript(file.path, file.text);
      // The module record keeps the imports before a syntax error (prose further on) that empties the tree, and
      // costs nothing to read; `require` calls need the tree, built (the most of a parse's cost) only for them.
      modules = parsed.staticImports;
      if (file.text.includes('require('))
        modules = [...modules, ...javascriptImports(file, parsed.program).map((i) => i.module)];
      // Skipping the first line helps only when it is where the parser stopped.
      const firstLineEnd = file.text.indexOf('\n');
      rejected = modules.length === 0 && parsed.syntaxErrors.some((e) => firstLineEnd < 0 || e.start <= firstLineEnd);
    } else {
      // Python's parser reads on past the lines it rejects.
      modules = pythonImports(file, parsePython(file.text, file.lineStarts).rootNode).map((i) => i.module);
    }
    if (modules.some((module) => frameworkOfPackage(language, module) !== undefined)) return true;
    if (!rejected) return false;
  }
  return false;
}

/** The text of a file made of these lines, as its reader gets it. */
function fileText(lines: readonly { text: string }[]): string {
  return lines.map((l) => l.text).join('\n') + '\n';
}

/** Lines of title a block may start with before its code. */
const MAX_TITLE_LINES = 2;

/** A first comment that presents the block as an illustration: `# Example: ...`, `// e.g.`, `# Incorrect`. */
const ILLUSTRATION_COMMENT = /^(#|\/\/)\s*(example|e\.g\.|for example|incorrect|wrong|bad|anti-?pattern)\b/i;

/**
 * An unnamed Terraform block that is no file of the program: attributes without a block that
 * do not parse (a line quoted from a resource and wrapped for the prose), or, in an answer whose
 * program is in named files, one whose first line calls it an example, or that declares a resource a
 * named file already declares, or holds only providers they configure (a restatement beside the prose,
 * which as part of the module would be a duplicate).
 */
function isTerraformExcerpt(block: Block, files: Map<string, VirtualFile>): boolean {
  // Attributes without a block around them that do not parse are a quoted line, never a `.tf` file.
  if (isBrokenAttributeExcerpt(fileText(block.lines))) return true;
  const named = [...files.values()].filter((f) => extname(f.path) === '.tf' && !/^block-\d+\.tf$/.test(f.path));
  if (named.length === 0) return false;
  if (ILLUSTRATION_COMMENT.test(block.lines[0]?.text.trim() ?? '')) return true;
  const declared = new Set(named.flatMap((f) => topLevelKeysOfTerraform(fileText(f.lines))));
  const keys = topLevelKeysOfTerraform(fileText(block.lines));
  // Provider blocks alone, of providers the named files configure: a README's note on them, not a second configuration.
  if (keys.length > 0 && keys.every((key) => key.startsWith('provider.') && declared.has(key))) return true;
  return keys.some((key) => key.startsWith('resource.') && declared.has(key));
}

/** Whether a later block of the same file is a new version of it rather than its continuation. */
function replacesDraft(existing: VirtualFile, block: Block, extension: string): boolean {
  if (extension === '.tf') {
    const before = new Set(topLevelKeysOfTerraform(fileText(existing.lines)));
    return topLevelKeysOfTerraform(fileText(block.lines)).some((key) => before.has(key));
  }
  return isWholeFile(block, extension);
}
