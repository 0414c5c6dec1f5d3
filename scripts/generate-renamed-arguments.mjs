#!/usr/bin/env node
// Generates src/schema/data/renamed-arguments.json: arguments that an earlier
// major version of @pulumi/aws deprecated with a named replacement
// ("@deprecated Use description instead") and that the current provider
// schema no longer has, by canonical Terraform type. These are the renames
// the provider itself documents, so `fix` may apply them
// (schema/unknown-property); other "did you mean" guesses stay suggestions.
//
// Reads the `<Class>Args` interfaces of the older package's .d.ts files with
// oxc-parser; maps classes to Terraform types through
// src/schema/data/pulumi-aws.json and checks names against
// src/schema/data/aws-provider.json (both generated first).
//
// Usage: node scripts/generate-renamed-arguments.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = '@pulumi/aws';
/** The last release of the major version before the provider removed the deprecated arguments. */
const VERSION = '5.43.0';
const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', 'src', 'schema', 'data');

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-pulumi-old-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball, '--wildcards', 'package/*.d.ts', 'package/**/*.d.ts'], { cwd: dir });
  return join(dir, 'package');
}

const packageDir = process.argv[2] ?? fetchPackage();
const provider = JSON.parse(readFileSync(join(data, 'aws-provider.json'), 'utf8'));
const pulumi = JSON.parse(readFileSync(join(data, 'pulumi-aws.json'), 'utf8')).resources;

const snake = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** The `@deprecated` text of the JSDoc comment that ends right before `start`. */
function deprecation(comments, source, start) {
  let best;
  for (const comment of comments) if (comment.end <= start && (!best || comment.end > best.end)) best = comment;
  if (!best || source.slice(best.end, start).trim() !== '') return undefined;
  const at = best.value.indexOf('@deprecated');
  return at < 0
    ? undefined
    : best.value
        .slice(at + '@deprecated'.length)
        .replace(/\s*\*\s*/g, ' ')
        .trim();
}

/** Argument names of a canonical type: attributes and nested blocks. */
function argumentsOf(type) {
  const shape = provider.resources?.[type] ?? provider[type];
  return shape ? new Set([...Object.keys(shape.attrs ?? {}), ...Object.keys(shape.blocks ?? {})]) : undefined;
}

/** Same word, or one letter-level slip apart (`number`/`num`, `alb`/`lb`). */
function closeWords(a, b) {
  return a === b || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
}

const renamed = {};
for (const file of walk(packageDir)) {
  const module = relative(packageDir, dirname(file)).split('/')[0];
  if (!module || module === 'types') continue;
  const source = readFileSync(file, 'utf8');
  if (!source.includes('@deprecated')) continue;
  const { program, comments } = parseSync(file, source);
  for (const statement of program.body) {
    const declaration = statement.declaration ?? statement;
    if (declaration.type !== 'TSInterfaceDeclaration' || !declaration.id.name.endsWith('Args')) continue;
    const className = declaration.id.name.slice(0, -'Args'.length);
    const type = pulumi[`${module}.${className}`]?.terraform;
    const known = type && argumentsOf(type);
    if (!known) continue;
    const typeText = (member) =>
      member.typeAnnotation ? source.slice(member.typeAnnotation.start, member.typeAnnotation.end) : '';
    const members = new Map(
      declaration.body.body
        .filter((m) => m.type === 'TSPropertySignature' && m.key.type === 'Identifier')
        .map((m) => [m.key.name, m]),
    );
    for (const member of members.values()) {
      const note = deprecation(comments, source, member.start);
      const replacement = note && /^Use (?:`)?(\w+)(?:`)? instead\.?$/.exec(note)?.[1];
      if (!replacement) continue;
      const from = snake(member.key.name);
      const to = snake(replacement);
      if (known.has(from) || !known.has(to)) continue;
      // A rename keeps the value: same declared type, and every word of the new name is one of the old name's.
      if (!members.has(replacement) || typeText(members.get(replacement)) !== typeText(member)) continue;
      if (!to.split('_').every((word) => from.split('_').some((old) => closeWords(old, word)))) continue;
      (renamed[type] ??= {})[from] = to;
    }
  }
}

const sorted = Object.fromEntries(
  Object.keys(renamed)
    .sort()
    .map((type) => [type, renamed[type]]),
);
writeFileSync(
  join(data, 'renamed-arguments.json'),
  JSON.stringify({ source: { package: PACKAGE, version: VERSION }, renamed: sorted }, null, 1) + '\n',
);
console.log(`${Object.values(sorted).reduce((n, r) => n + Object.keys(r).length, 0)} renamed arguments`);
