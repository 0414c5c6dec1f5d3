#!/usr/bin/env node
// Generates src/schema/data/deprecated-runtimes.json: the Lambda and
// CloudWatch Synthetics runtimes that the AWS CDK's own `Runtime` classes
// (npm package aws-cdk-lib) mark `@deprecated` because AWS no longer accepts
// them for new functions or canaries. @pulumi/aws lags behind here (its Lambda
// enum still lists python3.9 as current), so the CDK is the second source.
//
// Reads each class's .d.ts (which static members are deprecated) and .js
// (the runtime name each member is constructed with) with oxc-parser.
//
// Usage: node scripts/generate-deprecated-runtimes.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = 'aws-cdk-lib';
const VERSION = '2.276.0';
const here = dirname(fileURLToPath(import.meta.url));

/** Runtime classes, and the resource arguments (canonical Terraform names) that take their values. */
const RUNTIME_CLASSES = {
  lambda: { file: 'aws-lambda/lib/runtime', arguments: ['aws_lambda_function.runtime'] },
  synthetics: { file: 'aws-synthetics/lib/runtime', arguments: ['aws_synthetics_canary.runtime_version'] },
};

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-cdk-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: dir, encoding: 'utf8' });
  execFileSync('tar', ['xzf', tarball.trim(), 'package/aws-lambda/lib', 'package/aws-synthetics/lib'], { cwd: dir });
  return join(dir, 'package');
}

/** Static members of `class Runtime` whose JSDoc says `@deprecated`. */
function deprecatedMembers(dtsFile) {
  const source = readFileSync(dtsFile, 'utf8');
  const { program, comments } = parseSync(dtsFile, source);
  const names = new Set();
  for (const statement of program.body) {
    const decl = statement.declaration ?? statement;
    if (decl.type !== 'ClassDeclaration' || decl.id?.name !== 'Runtime') continue;
    for (const member of decl.body.body) {
      if (!member.static || member.key?.type !== 'Identifier') continue;
      const doc = comments.filter((c) => c.end <= member.start).at(-1);
      if (doc && source.slice(doc.end, member.start).trim() === '' && doc.value.includes('@deprecated'))
        names.add(member.key.name);
    }
  }
  return names;
}

/** `NAME = new Runtime("value", ...)` assignments anywhere in the compiled class file. */
function runtimeValues(jsFile) {
  const source = readFileSync(jsFile, 'utf8');
  const { program } = parseSync(jsFile, source);
  const values = new Map();
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const target =
      node.type === 'AssignmentExpression' ? node.left : node.type === 'PropertyDefinition' ? node.key : undefined;
    const init = node.type === 'AssignmentExpression' ? node.right : node.value;
    if (
      target &&
      init?.type === 'NewExpression' &&
      init.callee?.name === 'Runtime' &&
      init.arguments[0]?.type === 'Literal' &&
      typeof init.arguments[0].value === 'string'
    ) {
      const name = target.type === 'Identifier' ? target.name : target.property?.name;
      if (name) values.set(name, init.arguments[0].value);
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(program);
  return values;
}

const packageDir = process.argv[2] ?? fetchPackage();
const out = { source: { package: PACKAGE, version: VERSION }, arguments: {} };
for (const [kind, { file, arguments: args }] of Object.entries(RUNTIME_CLASSES)) {
  const deprecated = deprecatedMembers(join(packageDir, `${file}.d.ts`));
  const values = runtimeValues(join(packageDir, `${file}.js`));
  const names = [...deprecated].map((member) => values.get(member)).filter(Boolean);
  if (names.length === 0) throw new Error(`${kind}: no deprecated runtime found; has ${file} changed shape?`);
  for (const argument of args) out.arguments[argument] = [...new Set(names)].sort();
  console.log(`${kind}: ${names.length} deprecated runtimes`);
}
const target = join(here, '..', 'src', 'schema', 'data', 'deprecated-runtimes.json');
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${target}`);
