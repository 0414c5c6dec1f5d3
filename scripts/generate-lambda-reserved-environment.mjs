#!/usr/bin/env node
// Generates src/schema/data/lambda-reserved-environment.json: the environment
// variable names the Lambda runtime reserves (a function that sets one is
// rejected), as the AWS CDK itself checks them in `Function.addEnvironment`
// (npm package aws-cdk-lib, aws-lambda/lib/function.js): the array of string
// literals whose `.includes(key)` guards that method's ValidationError.
//
// Usage: node scripts/generate-lambda-reserved-environment.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = 'aws-cdk-lib';
const VERSION = '2.276.0';
const FILE = 'aws-lambda/lib/function.js';
const here = dirname(fileURLToPath(import.meta.url));

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-cdk-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: dir, encoding: 'utf8' });
  execFileSync('tar', ['xzf', tarball.trim(), `package/${FILE}`], { cwd: dir });
  return join(dir, 'package');
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  visit(node);
  for (const key of Object.keys(node)) if (key !== 'type') walk(node[key], visit);
}

/** The string array tested with `.includes(...)` inside the `addEnvironment` method. */
function reservedNames(jsFile) {
  const source = readFileSync(jsFile, 'utf8');
  const { program } = parseSync(jsFile, source);
  let names;
  walk(program, (node) => {
    if (names || node.type !== 'MethodDefinition' || node.key?.name !== 'addEnvironment') return;
    walk(node.value.body, (n) => {
      if (
        !names &&
        n.type === 'CallExpression' &&
        n.callee?.type === 'MemberExpression' &&
        n.callee.property?.name === 'includes' &&
        n.callee.object?.type === 'ArrayExpression' &&
        n.callee.object.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')
      )
        names = n.callee.object.elements.map((e) => e.value);
    });
  });
  return names;
}

const packageDir = process.argv[2] ?? fetchPackage();
const names = reservedNames(join(packageDir, FILE));
if (!names?.length) throw new Error(`no reserved-name list in ${FILE}; has addEnvironment changed shape?`);
const out = { source: { package: PACKAGE, version: VERSION }, reserved: [...names].sort() };
const target = join(here, '..', 'src', 'schema', 'data', 'lambda-reserved-environment.json');
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`${names.length} reserved names; wrote ${target}`);
