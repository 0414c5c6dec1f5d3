#!/usr/bin/env node
// Generates src/schema/data/cloudformation.json: every CloudFormation resource
// type with its properties (type, required, allowed values) and the
// attributes `Fn::GetAtt` may read, and the property types they use, from the
// CloudFormation resource specification that `@aws-cdk/aws-service-spec`
// (npm, a devDependency) ships as `db.json.gz`.
//
// Compact on purpose: only what checks need, no documentation. A type is
// written as a short code: `string`, `integer`, `number`, `boolean`, `json`,
// `tag`, `date-time`, `#<n>` (the property type numbered n in `types`),
// `[<code>]` (a list) and `{<code>}` (a map of strings to <code>).
//
// Usage: node scripts/generate-cfn-schema.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const packageDir = dirname(require.resolve('@aws-cdk/aws-service-spec/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const db = JSON.parse(gunzipSync(readFileSync(join(packageDir, 'db.json.gz'))).toString('utf8')).schema;

/** Property types by their spec id (`entities` is a list). */
const typeDefinitions = new Map(Object.values(db.typeDefinition.entities).map((t) => [t.$id, t]));
/** Spec ids of property types, renumbered densely in the order they are first used. */
const typeNumbers = new Map();
const types = [];

function typeCode(type) {
  switch (type.type) {
    case 'ref': {
      const id = type.reference.$ref;
      let number = typeNumbers.get(id);
      if (number === undefined) {
        number = types.length;
        typeNumbers.set(id, number);
        types.push(undefined); // filled below, after its own properties are coded
        types[number] = shapeOf(typeDefinitions.get(id)?.properties ?? {});
      }
      return `#${number}`;
    }
    case 'array':
      return `[${typeCode(type.element)}]`;
    case 'map':
      return `{${typeCode(type.element)}}`;
    case 'union':
      // A property taking one of several types: checks accept any of them, so it is opaque.
      return 'json';
    default:
      return type.type;
  }
}

function shapeOf(properties) {
  const shape = { p: {} };
  const required = [];
  const allowed = {};
  for (const [name, property] of Object.entries(properties)) {
    shape.p[name] = typeCode(property.type);
    if (property.required) required.push(name);
    if (property.type.allowedValues?.length) allowed[name] = property.type.allowedValues;
  }
  if (required.length) shape.r = required.sort();
  if (Object.keys(allowed).length) shape.e = allowed;
  return shape;
}

const resources = {};
const entities = Object.values(db.resource.entities).sort((a, b) =>
  a.cloudFormationType < b.cloudFormationType ? -1 : 1,
);
for (const resource of entities) {
  const shape = shapeOf(resource.properties ?? {});
  shape.a = Object.keys(resource.attributes ?? {}).sort();
  resources[resource.cloudFormationType] = shape;
}

const out = {
  source: `@aws-cdk/aws-service-spec@${version}`,
  resources,
  types,
};
const target = join(here, '..', 'src', 'schema', 'data', 'cloudformation.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${target}: ${entities.length} resource types, ${types.length} property types`);
