/**
 * Construct census: which aws-cdk-lib constructs the CDK programs of the
 * shared corpus instantiate (`new s3.Bucket(this, ...)` in TypeScript,
 * `s3.Bucket(self, ...)` in Python), how often, and which of them preflight
 * models (readers/cdk/constructs.ts: every L1 class, the listed L2s). Reads
 * the corrected programs of ../shared/corpus/tasks/cdk-{ts,py} (TypeScript
 * and Python sources outside test folders; answers in Markdown are left out)
 * with the project's own parsers, names resolved through each file's imports.
 *
 * Usage: npm run build && node dist/scripts/cdk-census.js [--json] [corpus/tasks]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { L2_CONSTRUCTS } from '../src/readers/cdk/constructs.js';
import { parsePython, type SyntaxNode } from '../src/readers/pulumi-py/parse.js';
import { parseTypeScript, type AstNode } from '../src/readers/pulumi-ts/ast.js';
import { cdkClass, cdkModuleOfSpecifier } from '../src/schema/cdk-api.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const tasks = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), '..', 'shared', 'corpus', 'tasks');

const SKIPPED = new Set(['node_modules', 'cdk.out', 'test', 'tests', '__tests__', 'dist', '.git']);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) {
      if (!SKIPPED.has(name)) sources(path, out);
    } else if (['.ts', '.py'].includes(extname(name)) && !name.endsWith('.d.ts') && !/\.test\.ts$/.test(name))
      out.push(path);
  }
  return out;
}

/** Whether a class of the index is a construct (its bases reach `constructs.Construct`). */
function isConstruct(qualified: string): boolean {
  for (let name: string | undefined = qualified, i = 0; name && i < 20; i++) {
    if (name === 'constructs.Construct') return true;
    name = cdkClass(name)?.b;
  }
  return false;
}

function modelled(qualified: string): boolean {
  return Object.hasOwn(L2_CONSTRUCTS, qualified) || cdkClass(qualified)?.c !== undefined;
}

const counts = new Map<string, number>();
/**
 * Constructs of a service module (`aws_s3.Bucket`): the root module's (`App`,
 * `Stack`, `CfnOutput`, `CfnParameter`) synthesize the app, stacks and template
 * sections, not resources.
 */
const count = (qualified: string | undefined) => {
  if (qualified && qualified.includes('.') && cdkClass(qualified) && isConstruct(qualified))
    counts.set(qualified, (counts.get(qualified) ?? 0) + 1);
};

/** Local name → API index path prefix (`s3` → `aws_s3`, `Bucket` → `aws_s3.Bucket`, `cdk` → ``). */
type Names = Map<string, string>;

function resolve(names: Names, dotted: string[]): string | undefined {
  const head = names.get(dotted[0]);
  if (head === undefined) return undefined;
  return [head, ...dotted.slice(1)].filter((part) => part !== '').join('.');
}

function typescriptCensus(text: string): void {
  const parsed = parseTypeScript('file.ts', text);
  const names: Names = new Map();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as AstNode;
    if (n.type === 'ImportDeclaration' && typeof n.source?.value === 'string') {
      const module = cdkModuleOfSpecifier(n.source.value);
      if (module !== undefined)
        for (const spec of n.specifiers ?? []) {
          const local = spec.local?.name as string;
          if (spec.type === 'ImportSpecifier') {
            const imported = (spec.imported?.name ?? spec.imported?.value) as string;
            names.set(local, module ? `${module}.${imported}` : imported);
          } else names.set(local, module);
        }
    }
    if (n.type === 'NewExpression') count(resolve(names, dottedOf(n.callee)));
    for (const key of Object.keys(n)) if (key !== 'type') walk(n[key]);
  };
  walk(parsed.program);
}

function dottedOf(node: AstNode | undefined): string[] {
  if (!node) return [];
  if (node.type === 'Identifier') return [node.name as string];
  if (node.type === 'MemberExpression' && !node.computed) {
    const object = dottedOf(node.object);
    return object.length ? [...object, node.property.name as string] : [];
  }
  return [];
}

function pythonCensus(text: string): void {
  const root = parsePython(text).rootNode;
  const names: Names = new Map();
  const walk = (node: SyntaxNode): void => {
    if (node.type === 'import_from_statement') {
      const module = cdkModuleOfSpecifier(node.childForFieldName('module_name')?.text ?? '');
      if (module !== undefined)
        for (const name of node.childrenForFieldName('name')) {
          const imported = name.type === 'aliased_import' ? name.childForFieldName('name')!.text : name.text;
          const local = name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : imported;
          // `from aws_cdk import aws_s3 as s3`: a module; `from aws_cdk.aws_s3 import Bucket`: a class.
          names.set(local, module ? `${module}.${imported}` : imported);
        }
    } else if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        if (name.type !== 'aliased_import') continue;
        const module = cdkModuleOfSpecifier(name.childForFieldName('name')!.text);
        if (module !== undefined) names.set(name.childForFieldName('alias')!.text, module);
      }
    } else if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      if (fn && /^[\w.]+$/.test(fn.text)) count(resolve(names, fn.text.split('.')));
    }
    for (const child of node.namedChildren) walk(child);
  };
  walk(root);
}

for (const platform of ['cdk-ts', 'cdk-py']) {
  let dirs: string[];
  try {
    dirs = readdirSync(join(tasks, platform));
  } catch {
    continue;
  }
  for (const task of dirs.sort())
    for (const file of sources(join(tasks, platform, task))) {
      const text = readFileSync(file, 'utf8');
      try {
        if (file.endsWith('.ts')) typescriptCensus(text);
        else pythonCensus(text);
      } catch {
        // A file a parser refuses is left out of the census.
      }
    }
}

const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const total = ranked.reduce((sum, [, n]) => sum + n, 0);
const covered = ranked.filter(([name]) => modelled(name)).reduce((sum, [, n]) => sum + n, 0);
if (json)
  console.log(
    JSON.stringify({ total, covered, constructs: ranked.map(([name, n]) => ({ name, n, modelled: modelled(name) })) }),
  );
else {
  console.log(
    `${total} construct instantiations of ${ranked.length} classes; modelled: ${covered} (${((100 * covered) / Math.max(1, total)).toFixed(1)}%)`,
  );
  for (const [name, n] of ranked.slice(0, 60))
    console.log(`${String(n).padStart(6)}  ${modelled(name) ? 'M' : ' '}  ${name}`);
}
