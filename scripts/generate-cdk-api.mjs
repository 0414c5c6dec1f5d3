#!/usr/bin/env node
// Generates src/schema/data/cdk-api.json, a compact index of the AWS CDK's
// public API, from the jsii assembly aws-cdk-lib ships (.jsii.gz): per
// module (`aws_s3`), its classes (static members, instance members, base
// class, the props interface of the constructor and, for L1 classes, the
// CloudFormation type), enums (members) and props interfaces (properties,
// required or not, and a type code). Python names are the ones jsii derives
// mechanically (snake_case members, UPPER_SNAKE enum members as written), so
// they are computed where they are needed rather than stored. Deprecated
// classes, members and enum members are listed with the first sentence of
// their deprecation note.
//
// Usage: node scripts/generate-cdk-api.mjs [path/to/aws-cdk-lib]
// Without an argument the devDependency in node_modules is read (exact version in package.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const packageDir = process.argv[2] ?? join(root, 'node_modules', 'aws-cdk-lib');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const redirect = JSON.parse(readFileSync(join(packageDir, '.jsii'), 'utf8'));
const assembly =
  redirect.schema === 'jsii/file-redirect'
    ? JSON.parse(gunzipSync(readFileSync(join(packageDir, redirect.filename))).toString('utf8'))
    : redirect;
const types = assembly.types;

/** Type codes: s string, n number, b boolean, d Duration, z Size, e:<enum fqn>, c:<class or interface fqn>, l list, m map, a any. */
function typeCode(ref) {
  if (!ref) return 'a';
  if (ref.primitive === 'string') return 's';
  if (ref.primitive === 'number') return 'n';
  if (ref.primitive === 'boolean') return 'b';
  if (ref.primitive) return 'a';
  if (ref.collection) return ref.collection.kind === 'array' ? 'l' : 'm';
  if (ref.union) return 'a';
  if (ref.fqn === 'aws-cdk-lib.Duration') return 'd';
  if (ref.fqn === 'aws-cdk-lib.Size') return 'z';
  const target = types[ref.fqn];
  if (target?.kind === 'enum') return `e:${short(ref.fqn)}`;
  if (target) return `c:${short(ref.fqn)}`;
  return 'a';
}

/** `aws-cdk-lib.aws_s3.Bucket` → `aws_s3.Bucket`; root types keep their name (`Duration`). */
function short(fqn) {
  return fqn.replace(/^aws-cdk-lib\./, '');
}

const out = { source: `aws-cdk-lib@${manifest.version}`, classes: {}, enums: {}, structs: {}, deprecated: {} };

/** The first sentence of a deprecation note (`use MachineImage.latestAmazonLinux2 instead`), kept short. */
function deprecation(docs) {
  if (docs?.deprecated === undefined) return undefined;
  const first = docs.deprecated
    .split(/(?<=\.)\s/)[0]
    .replace(/^-\s*/, '')
    .replace(/``/g, '`')
    .replace(/\s+/g, ' ')
    .trim();
  return first.length > 160 ? `${first.slice(0, 157)}...` : first;
}
for (const [fqn, type] of Object.entries(types)) {
  if (!fqn.startsWith('aws-cdk-lib.')) continue;
  const name = short(fqn);
  if (type.kind === 'enum') {
    out.enums[name] = type.members.map((m) => m.name);
    for (const m of type.members)
      if (deprecation(m.docs) !== undefined) out.deprecated[`${name}.${m.name}`] = deprecation(m.docs);
    continue;
  }
  if (type.kind === 'class') {
    const statics = new Set();
    const members = new Set();
    // Methods taking an options struct (`addContainer(id, props: ContainerDefinitionOptions)`):
    // `<index>:<struct>:<other parameters>` (Python passes the struct's props as keywords beside them).
    const options = {};
    for (const m of [...(type.methods ?? []), ...(type.properties ?? [])]) {
      if (m.protected) continue;
      (m.static ? statics : members).add(m.name);
      // Deprecated members by `<class>.<member>` (a member's own declaration; bases are looked up through `b`).
      if (deprecation(m.docs) !== undefined) out.deprecated[`${name}.${m.name}`] = deprecation(m.docs);
      const parameters = m.parameters ?? [];
      const index = parameters.findIndex((p) => types[p.type?.fqn]?.datatype);
      if (index < 0) continue;
      const others = parameters.filter((_, i) => i !== index).map((p) => p.name);
      options[m.name] = `${index}:${short(parameters[index].type.fqn)}:${others.join(',')}`;
    }
    const entry = {};
    if (type.base) entry.b = short(type.base);
    if (statics.size) entry.s = [...statics].sort();
    if (members.size) entry.m = [...members].sort();
    const params = type.initializer?.parameters ?? [];
    const props = params.find((p) => p.name === 'props')?.type;
    if (props?.fqn) entry.p = short(props.fqn);
    const cfn = type.docs?.custom?.cloudformationResource;
    if (cfn) entry.c = cfn;
    if (type.abstract) entry.x = 1;
    if (type.docs?.deprecated !== undefined) {
      entry.d = 1;
      out.deprecated[name] = deprecation(type.docs);
    }
    if (Object.keys(options).length) entry.o = options;
    out.classes[name] = entry;
    continue;
  }
  // L1 props and their property types are the CloudFormation specification's (src/schema/data/cloudformation.json).
  if (type.kind === 'interface' && /(^|\.)Cfn[A-Z]/.test(name)) continue;
  if (type.kind === 'interface') {
    const props = {};
    for (const p of type.properties ?? []) props[p.name] = (p.optional ? '' : '!') + typeCode(p.type);
    const entry = { p: props };
    if (type.interfaces?.length) entry.i = type.interfaces.map(short);
    if (type.datatype) out.structs[name] = entry;
    else {
      // A behavioural interface (`IBucket`): its members, for methods called on what a construct returns.
      const members = [...(type.methods ?? []), ...(type.properties ?? [])].map((m) => m.name);
      out.structs[name] = { m: members.sort(), ...(type.interfaces?.length ? { i: type.interfaces.map(short) } : {}) };
    }
  }
}

// Every construct's base, from the `constructs` package aws-cdk-lib depends on: its members (`node`) are every construct's.
const constructsDir = join(dirname(packageDir), 'constructs');
const constructs = JSON.parse(readFileSync(join(constructsDir, '.jsii'), 'utf8'));
const base = constructs.types['constructs.Construct'];
out.classes['constructs.Construct'] = {
  s: base.methods
    .filter((m) => m.static)
    .map((m) => m.name)
    .sort(),
  m: [...base.methods.filter((m) => !m.static), ...base.properties].map((m) => m.name).sort(),
};

const target = join(root, 'src', 'schema', 'data', 'cdk-api.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `wrote ${target}: ${Object.keys(out.classes).length} classes, ${Object.keys(out.enums).length} enums, ${Object.keys(out.structs).length} interfaces (${out.source})`,
);
