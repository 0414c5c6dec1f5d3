#!/usr/bin/env node
// Generates src/schema/data/config-managed-rules.json: the identifiers of AWS
// Config managed rules, as the AWS CDK lists them in its
// `ManagedRuleIdentifiers` class (npm package aws-cdk-lib,
// aws-config/lib/rule.js): every static string member of that class.
//
// Usage: node scripts/generate-config-managed-rules.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = 'aws-cdk-lib';
const VERSION = '2.276.0';
const FILE = 'aws-config/lib/rule.js';
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

/** The string values of the static members of `class ManagedRuleIdentifiers`. */
function identifiers(jsFile) {
  const source = readFileSync(jsFile, 'utf8');
  const { program } = parseSync(jsFile, source);
  const out = new Set();
  walk(program, (node) => {
    if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
    if (node.id?.name !== 'ManagedRuleIdentifiers') return;
    for (const member of node.body.body)
      if (member.type === 'PropertyDefinition' && member.static && typeof member.value?.value === 'string')
        out.add(member.value.value);
  });
  return [...out].sort();
}

const packageDir = process.argv[2] ?? fetchPackage();
const names = identifiers(join(packageDir, FILE));
if (names.length < 100) throw new Error(`only ${names.length} managed rules in ${FILE}; has it changed shape?`);
const target = join(here, '..', 'src', 'schema', 'data', 'config-managed-rules.json');
writeFileSync(
  target,
  JSON.stringify({ source: { package: PACKAGE, version: VERSION }, identifiers: names }, null, 2) + '\n',
);
console.log(`${names.length} managed rules; wrote ${target}`);
