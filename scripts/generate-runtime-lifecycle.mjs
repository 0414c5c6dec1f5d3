#!/usr/bin/env node
// Generates src/schema/data/runtime-lifecycle.json: when AWS deprecates each
// Lambda runtime and from which day Lambda refuses it for new functions
// (create-block) and for updates (update-block), with the runtime to move to.
//
// - Lambda dates: cfn-lint's LmbdRuntimeLifecycle.json (AWS's CloudFormation
//   linter ships the schedule from the Lambda runtimes page; it is a Python
//   package, read here at development time only: the JSON written is
//   committed, so preflight still installs from npm alone).
// - CloudWatch Synthetics runtimes, which cfn-lint does not date, and any Lambda
//   runtime it lacks: the members aws-cdk-lib's `Runtime` classes mark
//   `@deprecated` (AWS no longer accepts them for new canaries or functions).
// - The runtime name of each AWS CDK `Runtime.X` member, from the same classes,
//   so a CDK program is judged like the others.
//
// Usage: node scripts/generate-runtime-lifecycle.mjs [path/to/cfnlint]
//   (default: the cfnlint package of `python3`; aws-cdk-lib from node_modules)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

const here = dirname(fileURLToPath(import.meta.url));
const LIFECYCLE_FILE = 'data/AdditionalSpecs/LmbdRuntimeLifecycle.json';

/** Runtime kinds: the resource arguments (canonical Terraform names) that take their names, and the CDK class. */
const KINDS = {
  lambda: {
    file: 'aws-lambda/lib/runtime',
    cdkClass: 'aws_lambda.Runtime',
    arguments: ['aws_lambda_function.runtime'],
    dated: true,
  },
  synthetics: {
    file: 'aws-synthetics/lib/runtime',
    cdkClass: 'aws_synthetics.Runtime',
    arguments: ['aws_synthetics_canary.runtime_version'],
    dated: false,
  },
};

function fail(message) {
  console.error(`generate-runtime-lifecycle: ${message}`);
  process.exit(1);
}

/** The cfnlint package directory and version: the argument, else the package python3 imports. */
function locateCfnLint(argument) {
  let dir = argument;
  if (!dir) {
    try {
      dir = execFileSync('python3', ['-c', 'import cfnlint, os; print(os.path.dirname(cfnlint.__file__))'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      fail(
        'cfn-lint is not installed for python3: run `pip install cfn-lint` (or pass the cfnlint package directory).',
      );
    }
  }
  if (!existsSync(join(dir, LIFECYCLE_FILE)))
    fail(`${join(dir, LIFECYCLE_FILE)} not found: pass the cfnlint package directory, or \`pip install cfn-lint\`.`);
  const versionFile = readFileSync(join(dir, 'version.py'), 'utf8');
  const version = /__version__\s*=\s*["']([^"']+)["']/.exec(versionFile)?.[1];
  if (!version) fail(`no __version__ in ${join(dir, 'version.py')}`);
  return { dir, version };
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

/** `NAME = new Runtime("value", ...)` assignments anywhere in the compiled class file, in order. */
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

const cfnLint = locateCfnLint(process.argv[2]);
const schedule = JSON.parse(readFileSync(join(cfnLint.dir, LIFECYCLE_FILE), 'utf8'));
const cdkDir = dirname(createRequire(import.meta.url).resolve('aws-cdk-lib/package.json'));
const cdkVersion = JSON.parse(readFileSync(join(cdkDir, 'package.json'), 'utf8')).version;

const isDay = (text) => typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text);
const out = {
  source: {
    lifecycle: { package: 'cfn-lint', version: cfnLint.version, file: LIFECYCLE_FILE },
    deprecated: { package: 'aws-cdk-lib', version: cdkVersion },
  },
  kinds: {},
};
for (const [kind, { file, cdkClass, arguments: args, dated }] of Object.entries(KINDS)) {
  const values = runtimeValues(join(cdkDir, `${file}.js`));
  const deprecated = [...deprecatedMembers(join(cdkDir, `${file}.d.ts`))].map((m) => values.get(m)).filter(Boolean);
  if (deprecated.length === 0) throw new Error(`${kind}: no deprecated runtime found; has ${file} changed shape?`);
  const lifecycle = {};
  if (dated)
    for (const name of Object.keys(schedule).sort()) {
      const entry = schedule[name];
      if (![entry.deprecated, entry['create-block'], entry['update-block']].every(isDay))
        throw new Error(`${LIFECYCLE_FILE}: ${name} lacks a date; has the file changed shape?`);
      lifecycle[name] = {
        deprecated: entry.deprecated,
        createBlock: entry['create-block'],
        updateBlock: entry['update-block'],
        successor: entry.successor ?? null,
      };
    }
  if (dated && Object.keys(lifecycle).length === 0) throw new Error(`${LIFECYCLE_FILE} holds no runtime`);
  out.kinds[kind] = {
    arguments: args,
    lifecycle,
    // Deprecated without a date: what aws-cdk-lib marks and the dated data does not cover.
    deprecated: [...new Set(deprecated)].filter((name) => !lifecycle[name]).sort(),
    cdk: { class: cdkClass, members: Object.fromEntries(values) },
  };
  console.log(
    `${kind}: ${Object.keys(lifecycle).length} dated runtimes, ${out.kinds[kind].deprecated.length} deprecated without dates, ${values.size} CDK members`,
  );
}
const target = join(here, '..', 'src', 'schema', 'data', 'runtime-lifecycle.json');
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${target}`);
