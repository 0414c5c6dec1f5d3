#!/usr/bin/env node
// Generates src/schema/data/rds-engine-versions.json: per RDS engine name
// (`postgres`, `aurora-mysql`, ...), the engine versions the AWS CDK's own
// version classes (npm package aws-cdk-lib, aws-rds) know, and those it marks
// `@deprecated` because Amazon RDS no longer creates them.
//
// Reads each class's .d.ts (which static members are deprecated) and .js (the
// version string each member is built from: `X.of("15.4", ...)` or
// `X.builtIn_8_0("3.04.0")`, whose full version the class's static factory
// composes from a template literal) with oxc-parser. Each class's constants
// (`VER_15_4` → `15.4`) are kept too, for AWS CDK programs that name them.
//
// Usage: node scripts/generate-rds-engine-versions.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const PACKAGE = 'aws-cdk-lib';
const VERSION = '2.276.0';
const here = dirname(fileURLToPath(import.meta.url));

/** Version classes and the RDS engine name (the `engine` argument) their versions belong to. */
const VERSION_CLASSES = [
  { file: 'aws-rds/lib/instance-engine', className: 'PostgresEngineVersion', engines: ['postgres'] },
  { file: 'aws-rds/lib/instance-engine', className: 'MysqlEngineVersion', engines: ['mysql'] },
  { file: 'aws-rds/lib/instance-engine', className: 'MariaDbEngineVersion', engines: ['mariadb'] },
  { file: 'aws-rds/lib/cluster-engine', className: 'AuroraPostgresEngineVersion', engines: ['aurora-postgresql'] },
  { file: 'aws-rds/lib/cluster-engine', className: 'AuroraMysqlEngineVersion', engines: ['aurora-mysql'] },
  { file: 'aws-rds/lib/cluster-engine', className: 'AuroraEngineVersion', engines: ['aurora'] },
];

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-cdk-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: dir, encoding: 'utf8' });
  execFileSync('tar', ['xzf', tarball.trim(), 'package/aws-rds/lib'], { cwd: dir });
  return join(dir, 'package');
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  visit(node);
  for (const key of Object.keys(node)) if (key !== 'type') walk(node[key], visit);
}

/** Static members of the class whose JSDoc says `@deprecated`. */
function deprecatedMembers(dtsFile, className) {
  const source = readFileSync(dtsFile, 'utf8');
  const { program, comments } = parseSync(dtsFile, source);
  const names = new Set();
  for (const statement of program.body) {
    const decl = statement.declaration ?? statement;
    if (decl.type !== 'ClassDeclaration' || decl.id?.name !== className) continue;
    for (const member of decl.body.body) {
      if (!member.static || member.key?.type !== 'Identifier') continue;
      const doc = comments.filter((c) => c.end <= member.start).at(-1);
      if (doc && source.slice(doc.end, member.start).trim() === '' && doc.value.includes('@deprecated'))
        names.add(member.key.name);
    }
  }
  return names;
}

/**
 * The static factories of the class that build a full version from a template
 * literal around their first parameter (`builtIn_8_0(minor)` →
 * `8.0.mysql_aurora.${minor}`), as functions of that parameter. Conditional
 * parts take their default (the standard prefix).
 */
function factories(program, className) {
  const out = new Map();
  walk(program, (node) => {
    if (node.type !== 'ClassDeclaration' || node.id?.name !== className) return;
    for (const member of node.body.body) {
      if (member.type !== 'MethodDefinition' || !member.static) continue;
      let template;
      walk(member.value.body, (n) => {
        if (!template && n.type === 'NewExpression' && n.arguments[0]?.type === 'TemplateLiteral')
          template = n.arguments[0];
      });
      if (!template) continue;
      const parameter = member.value.params[0]?.name ?? member.value.params.items?.[0]?.name;
      out.set(member.key.name, (minor) => {
        let text = '';
        template.quasis.forEach((quasi, i) => {
          text += quasi.value.cooked;
          const expression = template.expressions[i];
          if (!expression) return;
          if (expression.type === 'Identifier' && expression.name === parameter) text += minor;
          else if (expression.type === 'ConditionalExpression' && expression.consequent.type === 'Literal')
            text += expression.consequent.value;
        });
        return text;
      });
    }
  });
  return out;
}

/** `NAME = Class.of("x", ...)` or `NAME = Class.builtIn_x_y("z")` assignments of the class: member → full version. */
function versionValues(jsFile, className) {
  const source = readFileSync(jsFile, 'utf8');
  const { program } = parseSync(jsFile, source);
  const builders = factories(program, className);
  const values = new Map();
  walk(program, (node) => {
    const target =
      node.type === 'AssignmentExpression' ? node.left : node.type === 'PropertyDefinition' ? node.key : undefined;
    const init = node.type === 'AssignmentExpression' ? node.right : node.value;
    if (!target || init?.type !== 'CallExpression') return;
    const callee = init.callee;
    if (callee?.type !== 'MemberExpression' || callee.object?.name !== className) return;
    const first = init.arguments[0];
    if (first?.type !== 'Literal' || typeof first.value !== 'string') return;
    const name = target.type === 'Identifier' ? target.name : target.property?.name;
    if (!name?.startsWith('VER_')) return;
    const method = callee.property.name;
    const version = method === 'of' ? first.value : builders.get(method)?.(first.value);
    if (version) values.set(name, version);
  });
  return values;
}

const packageDir = process.argv[2] ?? fetchPackage();
const out = { source: { package: PACKAGE, version: VERSION }, engines: {}, constants: {} };
for (const { file, className, engines } of VERSION_CLASSES) {
  const deprecated = deprecatedMembers(join(packageDir, `${file}.d.ts`), className);
  const values = versionValues(join(packageDir, `${file}.js`), className);
  if (values.size === 0) throw new Error(`${className}: no version found; has ${file} changed shape?`);
  // What an AWS CDK program writes (`rds.AuroraMysqlEngineVersion.VER_3_03_1`): the engine and full version it stands for.
  out.constants[className] = { engine: engines[0], versions: Object.fromEntries([...values].sort()) };
  const known = [...new Set(values.values())].sort();
  const gone = [...new Set([...deprecated].map((m) => values.get(m)).filter(Boolean))].sort();
  for (const engine of engines) out.engines[engine] = { versions: known, deprecated: gone };
  console.log(`${className}: ${known.length} versions, ${gone.length} deprecated`);
}
const target = join(here, '..', 'src', 'schema', 'data', 'rds-engine-versions.json');
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${target}`);
