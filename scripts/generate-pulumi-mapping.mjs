#!/usr/bin/env node
// Generates src/schema/data/pulumi-aws.json: for every resource of the
// @pulumi/aws npm package, its Pulumi type token, the canonical Terraform type
// it wraps, its input argument names and the deprecations its own type
// declarations state. Reads the package's .js/.d.ts files with oxc-parser.
//
// The Terraform type is matched systematically against the provider schema
// (src/schema/data/aws-provider.json, generated first) by argument agreement
// and naming conventions (see terraformTypeOf).
//
// Usage: node scripts/generate-pulumi-mapping.mjs [path/to/extracted/package]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
const provider = JSON.parse(readFileSync(join(here, '..', 'src', 'schema', 'data', 'aws-provider.json'), 'utf8'));

const snake = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

/** The `static __pulumiType = 'aws:mod/x:X'` of each class in a compiled resource module. */
function pulumiTypes(jsFile) {
  const source = readFileSync(jsFile, 'utf8');
  if (!source.includes('__pulumiType')) return [];
  const { program } = parseSync(jsFile, source);
  const out = [];
  for (const statement of program.body) {
    const cls = statement.type === 'ClassDeclaration' ? statement : statement.declaration;
    if (cls?.type !== 'ClassDeclaration') continue;
    for (const member of cls.body.body) {
      if (member.type === 'PropertyDefinition' && member.static && member.key.name === '__pulumiType')
        out.push({ className: cls.id.name, token: member.value.value });
    }
  }
  return out;
}

/** The text of the JSDoc comment that ends right before `start`, without its `*` margins. */
function docBefore(comments, source, start) {
  let best;
  for (const comment of comments) if (comment.end <= start && (!best || comment.end > best.end)) best = comment;
  if (!best || source.slice(best.end, start).trim() !== '') return undefined;
  return best.value
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ');
}

/** Deprecation text of the JSDoc comment that ends right before `start`. */
function deprecationBefore(comments, source, start) {
  let best;
  for (const comment of comments) if (comment.end <= start && (!best || comment.end > best.end)) best = comment;
  if (!best || source.slice(best.end, start).trim() !== '') return undefined;
  const text = best.value;
  const at = text.indexOf('@deprecated');
  if (at < 0) return undefined;
  return text
    .slice(at + '@deprecated'.length)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Input argument names (and their deprecations) of `<Class>Args`, the class's
 * own deprecation, and its output properties (the instance properties of the
 * class: what a program may read from the resource).
 */
function declarations(dtsFile, className) {
  const source = readFileSync(dtsFile, 'utf8');
  const { program, comments } = parseSync(dtsFile, source);
  const args = {};
  const enumArgs = {};
  const valueArgs = {};
  const rangeArgs = {};
  const outputs = [];
  let deprecated;
  for (const statement of program.body) {
    const decl = statement.declaration ?? statement;
    if (decl.type === 'ClassDeclaration' && decl.id?.name === className) {
      deprecated = deprecationBefore(comments, source, statement.start);
      for (const member of decl.body.body)
        if (
          member.type === 'PropertyDefinition' &&
          !member.static &&
          member.key.type === 'Identifier' &&
          !member.key.name.startsWith('__')
        )
          outputs.push(member.key.name);
    }
    if (decl.type !== 'TSInterfaceDeclaration' || decl.id.name !== `${className}Args`) continue;
    for (const member of decl.body.body) {
      if (member.type !== 'TSPropertySignature' || member.key.type !== 'Identifier') continue;
      const note = deprecationBefore(comments, source, member.start);
      args[member.key.name] = note ?? null;
      const typeText = source.slice(member.typeAnnotation?.start ?? member.start, member.end);
      const enumRef = /enums\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)/.exec(typeText);
      if (enumRef) enumArgs[member.key.name] = `${enumRef[1]}.${enumRef[2]}`;
      const doc = docBefore(comments, source, member.start);
      const listed = doc ? documentedValues(doc) : undefined;
      const numeric = /\bnumber\b/.test(typeText);
      if (listed)
        valueArgs[member.key.name] = numeric ? listed.map((v) => (/^-?\d+$/.test(String(v)) ? Number(v) : v)) : listed;
      const range = doc && numeric ? documentedRange(doc, member.key.name) : undefined;
      if (range) rangeArgs[member.key.name] = range;
    }
  }
  return { args, deprecated, enumArgs, valueArgs, rangeArgs, outputs };
}

/**
 * The enums of `types/enums/<module>`: for each `export declare const X: {...}`,
 * its values and the values marked `@deprecated`.
 */
function readEnums() {
  const enums = {};
  const root = join(packageDir, 'types', 'enums');
  if (!existsSync(root)) return enums;
  const modules = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
  for (const module of modules) {
    const file = join(root, module, 'index.d.ts');
    const source = readFileSync(file, 'utf8');
    const { program, comments } = parseSync(file, source);
    for (const statement of program.body) {
      const decl = statement.declaration ?? statement;
      if (decl.type !== 'VariableDeclaration') continue;
      for (const declarator of decl.declarations) {
        const members = declarator.id.typeAnnotation?.typeAnnotation?.members ?? [];
        const values = [];
        const deprecated = [];
        const constants = {};
        for (const member of members) {
          const literal = member.typeAnnotation?.typeAnnotation?.literal?.value;
          if (typeof literal !== 'string' && typeof literal !== 'number') continue;
          values.push(literal);
          if (member.key?.type === 'Identifier') constants[member.key.name] = literal;
          if (deprecationBefore(comments, source, member.start)) deprecated.push(literal);
        }
        if (values.length) enums[`${module}.${declarator.id.name}`] = { values, deprecated, constants };
      }
    }
  }
  return enums;
}

/**
 * The values a property's documentation lists as the only valid ones
 * ("Valid values are `A`, `B` and `C`.", "Possible values are: 1, 3, 5, and 0."),
 * or undefined when the sentence is a range, an example or anything but a plain list.
 */
function documentedValues(doc) {
  const at = doc.search(VALUE_LIST_LEAD);
  // "Protocols `email` and `http` are also valid": the list is not the whole set.
  if (at < 0 || /\b(also|other) (valid|supported|accepted|allowed)\b/i.test(doc)) return undefined;
  const rest = doc.slice(at).replace(/\s+/g, ' ');
  const end = rest.search(/\.(\s|$)/);
  const sentence = (end < 0 ? rest : rest.slice(0, end)).replace(VALUE_LIST_LEAD, '');
  const tokens = sentence
    .split(/,\s*(?:and |or )?|\s+(?:and|or)\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const values = [];
  for (const token of tokens) {
    // "`60` seconds (1 minute)": a number with its unit and a gloss.
    const quoted = /^`([^`]+)`(?: [a-z]+)?(?: \([^)]*\))?$/.exec(token);
    // Placeholders, patterns and list syntax are not values.
    if (quoted && !/[#*[\]"{}]/.test(quoted[1])) values.push(quoted[1]);
    else if (/^-?\d+$/.test(token)) values.push(Number(token));
    else return undefined;
  }
  return values.length >= 2 ? values : undefined;
}

const VALUE_LIST_LEAD = /(Valid|Possible|Allowed) [Vv]alues(?: are)?:? /;

/**
 * The range a numeric property's documentation gives ("Valid between 1 and
 * 900", "An integer from 0 to 43200", "Valid value between 128 MB to 32,768
 * MB"), or undefined when there is none, more than one (ranges that depend
 * on another setting), or one in another unit than the property's ("a value
 * from 1 hour to 12 hours" for a duration in seconds).
 */
function documentedRange(doc, name) {
  const text = doc.replace(/\s+/g, ' ');
  const pattern =
    /\b(?:[Vv]alid (?:values? )?(?:is |are )?|must be |[Aa]n integer |[Vv]alue )(?:between|from) (-?\d[\d,]*)(?: [A-Za-z]+)? (?:and|to) (-?\d[\d,]*)\b/g;
  const found = [...text.matchAll(pattern)];
  if (found.length !== 1) return undefined;
  const unit = found[0][0].match(/\d ([A-Za-z]+) (?:and|to) /)?.[1];
  if (unit && unit !== 'MB' && !name.toLowerCase().includes(unit.toLowerCase().replace(/s$/, ''))) return undefined;
  const [min, max] = [found[0][1], found[0][2]].map((n) => Number(n.replaceAll(',', '')));
  return min < max ? { min, max } : undefined;
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'types') walk(path, out);
    } else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Argument names a user can set: without `id`, `tags_all` (computed) and `timeouts` (Terraform only). */
function argumentNames(shape) {
  const names = new Set([...Object.keys(shape.attrs ?? {}), ...Object.keys(shape.blocks ?? {})]);
  for (const name of ['id', 'tags_all', 'timeouts']) names.delete(name);
  return names;
}

function agreement(pulumiArgs, tfType) {
  const tf = argumentNames(provider.resources[tfType]);
  const ours = pulumiArgs
    .map(snake)
    .map((n) => (tf.has(n) ? n : tf.has(n.replace(/e?s$/, '')) ? n.replace(/e?s$/, '') : n));
  if (ours.length === 0 || tf.size === 0) return 0;
  const shared = ours.filter((n) => tf.has(n)).length;
  return shared / (ours.length + tf.size - shared);
}

/**
 * The Terraform type a Pulumi resource wraps: the type whose argument names
 * agree best with the resource's inputs, with a bonus for the names the
 * bridge conventionally gives (`aws_<module>_<name>`, `aws_<name>`, the same
 * without underscores, a name starting with the module). A name alone is not
 * enough (`rds.Instance` is `aws_db_instance`, not `aws_instance`).
 */
function terraformTypeOf(module, className, argNames) {
  // The bridge's own naming, when the type exists, is the answer (`BucketV2` is `aws_s3_bucket`).
  const name = className.endsWith('V2') ? className.slice(0, -2) : className;
  const exact = `aws_${snake(module)}_${snake(name)}`;
  if (provider.resources[exact]) return exact;
  const squashed = `aws${module}${name}`.toLowerCase();
  const bySquashedName = Object.keys(provider.resources).find((t) => t.replaceAll('_', '') === squashed);
  if (bySquashedName) return bySquashedName;
  const bare = `aws_${snake(name)}`;
  let best;
  let bestScore = 0.7;
  for (const tfType of Object.keys(provider.resources)) {
    let bonus = 0;
    if (tfType === bare || tfType === `aws_${snake(module)}`) bonus = 0.25;
    else if (tfType.startsWith(`aws_${snake(module)}_`)) bonus = 0.1;
    const score = agreement(argNames, tfType) + bonus;
    if (score > bestScore) {
      best = tfType;
      bestScore = score;
    }
  }
  return best;
}

const enums = readEnums();
const resources = {};
let unmatched = 0;
for (const jsFile of walk(packageDir)) {
  for (const { className, token } of pulumiTypes(jsFile)) {
    const [, modulePath] = String(token).split(':');
    const module = modulePath?.split('/')[0];
    if (!module || module === 'index') continue;
    const { args, deprecated, enumArgs, valueArgs, rangeArgs, outputs } = declarations(
      jsFile.replace(/\.js$/, '.d.ts'),
      className,
    );
    const tfType = terraformTypeOf(module, className, Object.keys(args));
    if (!tfType) unmatched++;
    const deprecatedArgs = Object.fromEntries(Object.entries(args).filter(([, note]) => note));
    const entry = { token, terraform: tfType ?? null, args: Object.keys(args).sort(), outputs: outputs.sort() };
    if (Object.keys(deprecatedArgs).length) entry.deprecatedArgs = deprecatedArgs;
    if (deprecated) entry.deprecated = deprecated;
    // Per argument: the closed list of valid values its documentation gives, and the values its
    // enum marks deprecated. Enums alone are not closed (arguments are typed `string | Enum`).
    const values = {};
    for (const name of Object.keys(args)) {
      const deprecatedValues = enumArgs[name] ? (enums[enumArgs[name]]?.deprecated ?? []) : [];
      if (!valueArgs[name] && !rangeArgs[name] && deprecatedValues.length === 0) continue;
      values[name] = {
        ...(valueArgs[name] ? { values: valueArgs[name] } : {}),
        ...(rangeArgs[name] ? { range: rangeArgs[name] } : {}),
        deprecated: deprecatedValues,
      };
    }
    if (Object.keys(values).length) entry.values = values;
    resources[`${module}.${className}`] = entry;
  }
}

const sorted = Object.fromEntries(
  Object.keys(resources)
    .sort()
    .map((k) => [k, resources[k]]),
);
const target = join(here, '..', 'src', 'schema', 'data', 'pulumi-aws.json');
// Enum constants by `<module>.<Enum>` (`lambda.Runtime`: `NodeJS18dX` → `nodejs18.x`), so readers see their values.
const constants = Object.fromEntries(
  Object.keys(enums)
    .sort()
    .map((k) => [k, enums[k].constants]),
);
// The package's modules (its top-level directories: `s3`, `cloudwatch`, `pricing`…), those with functions only included.
const modules = readdirSync(packageDir)
  .filter((name) => statSync(join(packageDir, name)).isDirectory() && !['node_modules', 'types', 'bin'].includes(name))
  .sort();
writeFileSync(
  target,
  JSON.stringify({ source: { package: PACKAGE, version: VERSION }, resources: sorted, enums: constants, modules }) +
    '\n',
);
console.log(`wrote ${target}: ${Object.keys(sorted).length} resources, ${unmatched} without a Terraform type`);
