import { referencedResources, resourcesOfType } from '../../model/query.js';
import type { HandlerFile, Program, Resource } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { handlerFacts } from '../../readers/handlers/analyze.js';
import { describeResource } from '../describe.js';
import { defineRule, type RuleContext } from '../rule.js';

/** Words that mark code or archives as stand-ins for the real thing. */
const PLACEHOLDER_WORDS = [
  'placeholder',
  'dummy',
  'todo: implement',
  'replace with your',
  'replace this',
  'hello from lambda',
  'stub',
];

/**
 * The greeting of the Lambda console's sample function: a stand-in only in a handler that does
 * nothing else (reads no field of its event, calls nothing); a handler that answers the request
 * it gets with a greeting is a small app.
 */
const GREETING = 'hello from lambda';

export function looksLikePlaceholder(text: string): string | undefined {
  const lower = text.toLowerCase();
  return PLACEHOLDER_WORDS.find((w) => lower.includes(w));
}

export default defineRule({
  meta: {
    id: 'lambda/placeholder-code',
    title: 'Placeholder Lambda code',
    severity: 'medium',
    frameworks: 'all',
    description: 'A Lambda function ships inline placeholder handler code, or a placeholder archive, as its code.',
    rationale:
      'The function deploys and then does nothing useful (or returns a canned response); the real handler is never packaged, which QA only finds by invoking it.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-zip.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const archive of resourcesOfType(program, 'archive_file', 'data')) {
      const word = placeholderInArchive(archive);
      if (!word) continue;
      const users = program.resources.filter(
        (r) => r.type === 'aws_lambda_function' && referencedResources(program, r.args).includes(archive),
      );
      const handlers = program.handlers.filter((h) => h.resource && users.includes(h.resource));
      if (word === GREETING && handlers.some(answersRequest)) continue;
      context.report({
        message: `${describeResource(archive)} packages ${word} code${users.length ? ` deployed as ${users.map((u) => `"${u.name}"`).join(', ')}` : ''}; package the real handler source instead.`,
        span: archive.headerSpan,
        resource: archive,
      });
    }
    for (const fn of resourcesOfType(program, 'aws_lambda_function')) {
      const filename = arg(fn, 'filename');
      const name = stringValue(filename);
      const word = name ? looksLikePlaceholder(name) : undefined;
      if (filename && word)
        context.report({
          message: `${describeResource(fn)} deploys ${JSON.stringify(name)}, a ${word} archive; build and deploy the real handler package.`,
          span: filename.span,
          resource: fn,
        });
    }
    // Terraform handler code comes from the archive_file data sources judged above.
    if (program.framework !== 'terraform') reportPlaceholderHandlers(program, context.report);
  },
});

function placeholderInArchive(archive: Resource): string | undefined {
  const label = looksLikePlaceholder(archive.name);
  if (label) return label;
  for (const key of ['output_path', 'source_file', 'source_dir']) {
    const text = stringValue(arg(archive, key));
    const word = text ? looksLikePlaceholder(text) : undefined;
    if (word) return word;
  }
  for (const source of items(arg(archive, 'source'))) {
    const content = stringValue(field(source, 'content'));
    const word = content ? looksLikePlaceholder(content) : undefined;
    if (word) return word;
  }
  const content = stringValue(arg(archive, 'source_content'));
  return content ? looksLikePlaceholder(content) : undefined;
}

function reportPlaceholderHandlers(program: Program, report: RuleContext['report']): void {
  for (const handler of program.handlers) {
    const word = placeholderHandler(handler);
    if (!word) continue;
    const span = handler.file.span(
      0,
      Math.min(handler.file.text.length, handler.file.lineStarts[1] ?? handler.file.text.length),
    );
    const owner = handler.resource;
    report({
      message: `${owner ? `${describeResource(owner)} ships` : 'Handler'} inline ${word} code as its handler; deploy the real handler from a source file or package.`,
      span,
      resource: owner,
    });
  }
}

/**
 * The placeholder word of a handler that is a stand-in: one in its code (a string, a name),
 * or one in a comment of code that does no work (logs and returns a canned response). A
 * comment saying "placeholder" in a handler that calls services is a note, not a stub.
 */
function placeholderHandler(handler: HandlerFile): string | undefined {
  const text = handler.file.text.toLowerCase();
  const facts = handlerFacts(handler);
  const inComment = (offset: number) => facts.comments.some(([start, end]) => start <= offset && offset < end);
  let commented: string | undefined;
  for (const word of PLACEHOLDER_WORDS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (word === GREETING && answersRequest(handler)) break;
      if (!inComment(at)) return word;
      commented ??= word;
    }
  return commented && facts.workCalls.length === 0 ? commented : undefined;
}

/** The handler reads its event or calls something: the greeting it returns is its answer, not a stand-in. */
function answersRequest(handler: HandlerFile): boolean {
  const facts = handlerFacts(handler);
  return facts.readsEvent || facts.workCalls.length > 0;
}
