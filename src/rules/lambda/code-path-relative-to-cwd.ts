import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { replaceSpan } from '../../fix/edits.js';
import type { SourceFile } from '../../model/source.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule, type Fix, type TextEdit } from '../rule.js';

/** Asset constructors that read a path from disk. */
const PATH_ASSETS = ['FileArchive', 'FileAsset'];

export default defineRule({
  meta: {
    id: 'lambda/code-path-relative-to-cwd',
    title: 'Lambda code path relative to the working directory',
    severity: 'low',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      "A Lambda function's code asset path is relative to the directory `pulumi up` runs in, not to the source file that declares it.",
    rationale:
      'Pulumi resolves relative asset paths against the working directory; run from another directory (CI, a test runner, a parent folder) the archive is missing or packages the wrong files.',
    docs: 'https://www.pulumi.com/docs/iac/concepts/assets-archives/',
    fixable: 'auto',
  },
  check(program, context) {
    for (const resource of program.resources) {
      if (resource.type !== 'aws_lambda_function' && resource.type !== 'aws_lambda_layer_version') continue;
      const code = arg(resource, 'code');
      if (!code) continue;
      walkValue(code, (node) => {
        if (node.kind !== 'call' || !PATH_ASSETS.some((a) => node.name.endsWith(a))) return;
        const path = node.args[0];
        if (path?.kind !== 'literal' || typeof path.value !== 'string') return;
        if (path.value.startsWith('/') || path.value.startsWith('~') || path.value.includes('://')) return;
        if (resolvesFromWorkingDirectory(program, path, path.value)) return;
        const fix = pathFix(program, path, path.value);
        const relative = fix?.relative ?? posix.normalize(path.value);
        const after =
          resource.framework === 'pulumi-py'
            ? `os.path.join(os.path.dirname(__file__), ${JSON.stringify(relative)})`
            : `\`\${__dirname}/${relative}\``;
        context.report({
          message: `${describeResource(resource)} packages ${JSON.stringify(path.value)}, which is resolved against the directory Pulumi runs in${program.pulumiMain && workingDirectory(program.pulumiMain) !== '.' ? ` (${workingDirectory(program.pulumiMain)}/, as the project's main is ${program.pulumiMain})` : ''}; build the path from the source file's directory: ${after}.`,
          span: path.span,
          resource,
          fix: fix?.fix,
          suggestion: { before: JSON.stringify(path.value), after },
        });
      });
    }
  },
});

/**
 * Pulumi runs the program in its working directory: the project directory (the one holding
 * `Pulumi.yaml`), or the directory the project's `main` names or lies in (`main: bin/tap.ts`
 * runs in `bin/`, as the CLI sets it so that relative paths of the program are read from there).
 * A relative path that exists from there is read as meant when it is written from there on
 * purpose: the declaring file sits in that directory, or the path goes through the file's
 * own directory (`./lib/lambda` from `lib/stack.ts`). A bare `./lambda_code` written in
 * `modules/` is still reported: it reads as relative to its file and only works by accident.
 * A Markdown answer's files are named from the project directory; the path must lead to files
 * the answer gives (its handler code).
 */
function resolvesFromWorkingDirectory(program: Program, literal: Value, text: string): boolean {
  const answer = program.files.some((f) => f.origins);
  if (!answer && !existsSync(join(program.root, 'Pulumi.yaml')) && !existsSync(join(program.root, 'Pulumi.yml')))
    return false;
  const cwd = workingDirectory(program.pulumiMain);
  const target = posix.normalize(posix.join(cwd, text));
  if (target.startsWith('..')) return false;
  const exists = answer
    ? program.siblingFiles.some((rel) => rel === target || rel.startsWith(`${target}/`))
    : existsSync(join(program.root, target));
  if (!exists) return false;
  const file = fileHolding(program, literal);
  if (!file) return false;
  const directory = posix.dirname(relativeToRoot(program.root, file.path));
  return directory === cwd || target === directory || target.startsWith(`${directory}/`);
}

/** The directory, relative to the project, that Pulumi runs a program with this `main` in. */
function workingDirectory(main: string | undefined): string {
  if (!main) return '.';
  const path = posix.normalize(main.split('\\').join('/'));
  // `main` names a directory (`infra/`) or a file (`bin/tap.ts`, `tap.py`): the file's directory.
  const directory = main.endsWith('/') || posix.extname(path) === '' ? path : posix.dirname(path);
  return directory.replace(/\/+$/, '') || '.';
}

/**
 * Replaces the literal with a path from the source file's directory:
 * `os.path.join(os.path.dirname(__file__), ...)` (importing `os` when the
 * file does not), or a template literal from `__dirname` in TypeScript.
 */
function pathFix(program: Program, literal: Value, text: string): { fix: Fix; relative: string } | undefined {
  const file = fileHolding(program, literal);
  if (!file) return undefined;
  const rel = relativeToRoot(program.root, file.path);
  const target = posix.normalize(text);
  const relative = posix.relative(posix.dirname(rel), target) || '.';
  const description = `resolve ${JSON.stringify(text)} from the source file's directory`;
  if (program.framework === 'pulumi-ts') {
    if (/[`$\\]/.test(relative)) return undefined;
    return { fix: { description, edits: [replaceSpan(literal.span, `\`\${__dirname}/${relative}\``)] }, relative };
  }
  const edits: TextEdit[] = [
    {
      file: literal.span.file,
      start: literal.span.start,
      end: literal.span.end,
      text: `os.path.join(os.path.dirname(__file__), ${JSON.stringify(relative)})`,
    },
  ];
  const imports = program.imports?.get(file.path);
  if (!imports?.modules.includes('os')) {
    const at = file.span(imports?.insertAt ?? 0, imports?.insertAt ?? 0);
    edits.push({ file: at.file, start: at.start, end: at.start, text: 'import os\n' });
  }
  return { fix: { description, edits }, relative };
}

/** The source file a value is written in (a virtual file of a Markdown answer: by where it lies in the document). */
function fileHolding(program: Program, value: Value): SourceFile | undefined {
  return program.files.find((f) => {
    // Up to the last character (its final newline): past it a virtual file maps to no line of its own.
    const whole = f.span(0, Math.max(0, f.text.length - 1));
    return whole.file === value.span.file && whole.start <= value.span.start && value.span.end <= whole.end;
  });
}

function relativeToRoot(root: string, path: string): string {
  const rel = path.startsWith(root) ? path.slice(root.length) : path;
  return rel.split('\\').join('/').replace(/^\/+/, '');
}

export type { Resource };
