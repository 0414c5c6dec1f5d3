/**
 * Pulumi Python reader: evaluates the program's modules (evaluate.ts) to
 * find the resources, providers, config and environment reads, exports and
 * Lambda handler code they declare.
 */
import { posix } from 'node:path';
import { emptyProgram, type Program } from '../../model/types.js';
import type { ReadInput } from '../reader.js';
import { frameworkOfImports } from '../frameworks.js';
import { Evaluator } from './evaluate.js';
import { settleInlineHandlerLanguages } from '../cdk/handlers.js';
import { collectHandlers } from './handlers.js';
import { firstSyntaxError } from './parse.js';
import { pulumiMainOf } from '../pulumi-project.js';

/** Files Pulumi runs first when nothing says otherwise. */
const ENTRY_NAMES = ['__main__.py', 'tap.py', 'main.py'];

export function readPulumiPythonProgram(input: ReadInput): Program {
  const program = emptyProgram('pulumi-py', input.root);
  program.files = input.files;
  // Python that never names Pulumi, CDK or CDKTF (Lambda handlers, scripts) is not a program of theirs: not even parsed.
  if (!input.files.some((file) => /pulumi|aws_cdk|cdktf/.test(file.text))) return program;
  program.pulumiMain = pulumiMainOf(input);
  const ev = new Evaluator(program, input.files, input.root);
  try {
    for (const mod of ev.modules) {
      const root = ev.parse(mod);
      for (const comment of root.comments)
        program.comments.push({
          text: comment.text.slice(1).trim(), // after the `#` marker
          span: mod.file.span(comment.startIndex, comment.endIndex),
        });
      const error = firstSyntaxError(root);
      // A superseded draft of a Markdown answer is often cut short; only the final version must parse.
      if (error && !isDraft(mod.rel))
        program.diagnostics.push({
          message:
            error.type === 'identifier'
              ? `Python syntax error in ${mod.rel}: keyword argument ${error.text} repeated`
              : `Python syntax error in ${mod.rel} near \`${error.text.split('\n')[0].slice(0, 40)}\`; the rest of the file is read as far as possible`,
          span: mod.file.span(
            error.startIndex,
            Math.max(error.startIndex, Math.min(error.endIndex, error.startIndex + 1)),
          ),
        });
    }
    const rank = (rel: string) => {
      const index = ENTRY_NAMES.indexOf(posix.basename(rel));
      return index < 0 ? ENTRY_NAMES.length : index;
    };
    const ordered = [...ev.modules].sort((a, b) => rank(a.rel) - rank(b.rel));
    for (const mod of ordered) ev.run(mod);
    ev.runUncalled();
    ev.keepProgramFacts();
    program.imports = ev.imports;
    // The imports say which framework the program is written for; its resources carry it.
    const framework = frameworkOfImports(
      'py',
      [...ev.imports.values()].flatMap((file) => file.modules),
    );
    if (framework !== program.framework) {
      program.framework = framework;
      for (const resource of [...program.resources, ...program.dataSources]) resource.framework = framework;
    }
    collectHandlers(program, ev, input);
    settleInlineHandlerLanguages(program);
  } catch (error) {
    // A reader bug must not stop the scan: say what could not be read.
    const first = input.files[0];
    if (first)
      program.diagnostics.push({
        message: `could not read this Pulumi Python program: ${(error as Error).message}`,
        span: first.span(0, 0),
      });
  }
  return program;
}

/** `modules/s3.draft2.py`: a Markdown block a later block replaced (see readers/markdown). */
function isDraft(rel: string): boolean {
  const parts = posix.basename(rel).split('.');
  return parts.length >= 3 && parts[parts.length - 2].startsWith('draft') && parts[parts.length - 1] === 'py';
}
