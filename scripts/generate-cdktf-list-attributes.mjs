#!/usr/bin/env node
// Generates src/schema/data/cdktf-list-attributes.json: the attributes of each
// @cdktf/provider-aws resource and data source class that read back as a list
// token, by Terraform type. A getter typed `string[]` is a list of strings
// ("l"); one typed as a class of the cdktf.ComplexList family is a list of
// objects ("o"), read element by element with `.get(i)`. Both are unknown
// until Terraform runs, so indexing them in the program (`azs.names[0]`) is
// the failure cdktf/token-list-indexing reports.
//
// Reads the same .jsii manifest and pinned version as generate-schema.mjs.
//
// Usage: node scripts/generate-cdktf-list-attributes.mjs [path/to/extracted/package]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PACKAGE,
  PROVIDER_VERSION,
  fetchProviderPackage,
  sortedByKey as sorted,
  terraformClasses,
} from './provider-jsii.mjs';

const packageDir = process.argv[2] ?? fetchProviderPackage(PROVIDER_VERSION);
const types = JSON.parse(readFileSync(join(packageDir, '.jsii'), 'utf8')).types;

/** Whether a class is a cdktf.ComplexList (directly or through its bases). */
function isComplexList(fqn) {
  for (let name = fqn, depth = 0; name && depth < 10; depth++) {
    if (name === 'cdktf.ComplexList') return true;
    name = types[name]?.base;
  }
  return false;
}

/** "l" for a getter typed string[], "o" for a complex list, else undefined. */
function listKind(type) {
  if (type?.collection?.kind === 'array' && type.collection.elementtype?.primitive === 'string') return 'l';
  if (type?.fqn && isComplexList(type.fqn)) return 'o';
  return undefined;
}

const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const resources = {};
const dataSources = {};
for (const { tfName, isData, type } of terraformClasses(types)) {
  const lists = {};
  for (const prop of type.properties) {
    // `xInput` getters return the value the program gave, not a token.
    if (prop.static || prop.name.endsWith('Input')) continue;
    const kind = listKind(prop.type);
    if (kind) lists[snake(prop.name)] = kind;
  }
  if (Object.keys(lists).length) (isData ? dataSources : resources)[tfName] = lists;
}

const out = {
  source: { package: PACKAGE, version: PROVIDER_VERSION },
  resources: sorted(resources),
  dataSources: sorted(dataSources),
};
const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'schema',
  'data',
  'cdktf-list-attributes.json',
);
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(
  `wrote ${target}: ${Object.keys(resources).length} resources and ${Object.keys(dataSources).length} data sources with list attributes`,
);
