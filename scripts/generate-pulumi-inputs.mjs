#!/usr/bin/env node
// Generates src/schema/data/pulumi-aws-inputs.json: the nested input types of
// the @pulumi/aws npm package, so that a nested block can be checked against
// the names Pulumi itself takes (`spec.listeners`, where Terraform writes a
// `listener` block). For every resource of src/schema/data/pulumi-aws.json
// (generated first), the arguments of `<Class>Args` typed by an input type;
// for every input type reachable from them, its property names, each with the
// input type it holds (or 0 for a plain value). Reads the package's .d.ts
// files with oxc-parser.
//
// Usage: node scripts/generate-pulumi-inputs.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = '@pulumi/aws';
const VERSION = '7.48.0';
const here = dirname(fileURLToPath(import.meta.url));

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-pulumi-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: dir });
  return join(dir, 'package');
}

const packageDir = process.argv[2] ?? fetchPackage();
const mapping = JSON.parse(readFileSync(join(here, '..', 'src', 'schema', 'data', 'pulumi-aws.json'), 'utf8'));

/** The input type a property's type annotation names (`inputs.appmesh.VirtualGatewaySpec`), or 0. */
function inputTypeOf(source, member) {
  const text = source.slice(member.typeAnnotation?.start ?? member.start, member.end);
  return /\binputs\.((?:[A-Za-z0-9_]+\.)*[A-Za-z0-9_]+)/.exec(text)?.[1] ?? 0;
}

/** Properties of an interface declaration: name → input type or 0. */
function propertiesOf(source, decl) {
  const out = {};
  for (const member of decl.body.body)
    if (member.type === 'TSPropertySignature' && member.key.type === 'Identifier')
      out[member.key.name] = inputTypeOf(source, member);
  return out;
}

// Every interface of types/input.d.ts by its dotted name (`appmesh.VirtualGatewaySpec`).
const inputFile = join(packageDir, 'types', 'input.d.ts');
const inputSource = readFileSync(inputFile, 'utf8');
const allTypes = {};
function collect(statements, prefix) {
  for (const statement of statements) {
    const decl = statement.declaration ?? statement;
    if (decl.type === 'TSInterfaceDeclaration') allTypes[prefix + decl.id.name] = propertiesOf(inputSource, decl);
    else if (decl.type === 'TSModuleDeclaration' && decl.body?.type === 'TSModuleBlock')
      collect(decl.body.body, `${prefix}${decl.id.name}.`);
  }
}
collect(parseSync(inputFile, inputSource).program.body, '');

// Per resource, its arguments typed by an input type; then the types they reach.
const resources = {};
const reached = new Set();
const reach = (name) => {
  if (!name || reached.has(name) || !allTypes[name]) return;
  reached.add(name);
  for (const inner of Object.values(allTypes[name])) reach(inner);
};
for (const [key, info] of Object.entries(mapping.resources)) {
  const className = key.split('.').at(-1);
  const file = join(packageDir, `${String(info.token).split(':')[1]}.d.ts`);
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  for (const statement of parseSync(file, source).program.body) {
    const decl = statement.declaration ?? statement;
    if (decl.type !== 'TSInterfaceDeclaration' || decl.id.name !== `${className}Args`) continue;
    const typed = Object.fromEntries(Object.entries(propertiesOf(source, decl)).filter(([, type]) => type));
    if (Object.keys(typed).length) resources[key] = typed;
    for (const type of Object.values(typed)) reach(type);
  }
}

const sortedKeys = (o) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
const types = Object.fromEntries([...reached].sort().map((name) => [name, allTypes[name]]));
const target = join(here, '..', 'src', 'schema', 'data', 'pulumi-aws-inputs.json');
writeFileSync(
  target,
  JSON.stringify({ source: { package: PACKAGE, version: VERSION }, resources: sortedKeys(resources), types }) + '\n',
);
console.log(`wrote ${target}: ${Object.keys(resources).length} resources, ${reached.size} input types`);
