#!/usr/bin/env node
// Generates src/schema/data/earlier-provider-arguments.json: what the last
// release of each earlier major of the Terraform AWS provider had that the
// bundled schema (src/schema/data/aws-provider.json, generated first) lacks:
// resource and data source types, and per type the arguments and nested
// blocks, nested blocks' own arguments included; and the top-level arguments
// the bundled schema requires that the earlier major did not. A program that
// pins such a major (`version = "~> 5.0"`) may use what it had (it deploys
// until the provider is upgraded: schema/removed-in-newer-provider) and leave
// out what it did not require.
//
// Each earlier major is read from the last @cdktf/provider-aws major built on
// it (the package's registry links name the provider version).
//
// Usage: node scripts/generate-earlier-provider-arguments.mjs [dir-of-4.x-package dir-of-5.x-package]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE, fetchProviderPackage, readProviderSchema } from './provider-jsii.mjs';

/** The last @cdktf/provider-aws release of each major built on an earlier provider major (~> 4.0, ~> 5.0). */
const EARLIER = ['15.0.0', '20.1.0'];
const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', 'src', 'schema', 'data');
const current = JSON.parse(readFileSync(join(data, 'aws-provider.json'), 'utf8'));

/**
 * Names of `old` that `now` lacks: `{ name: 1 }` for an argument or block gone
 * altogether, `{ name: {...} }` for a block both have whose own names changed.
 */
function removedNames(old, now) {
  const removed = {};
  const nowNames = new Set([...Object.keys(now.attrs ?? {}), ...Object.keys(now.blocks ?? {})]);
  for (const name of [...Object.keys(old.attrs ?? {}), ...Object.keys(old.blocks ?? {})]) {
    if (!nowNames.has(name)) {
      removed[name] = 1;
      continue;
    }
    const oldBlock = old.blocks?.[name];
    const nowBlock = now.blocks?.[name];
    if (!oldBlock || !nowBlock) continue;
    const inner = removedNames(oldBlock, nowBlock);
    if (Object.keys(inner).length) removed[name] = inner;
  }
  return removed;
}

function removedFrom(oldTable, nowTable) {
  const types = [];
  const argumentsByType = {};
  const optionalByType = {};
  for (const type of Object.keys(oldTable).sort()) {
    if (!nowTable[type]) {
      types.push(type);
      continue;
    }
    const removed = removedNames(oldTable[type], nowTable[type]);
    if (Object.keys(removed).length) argumentsByType[type] = removed;
    // Top-level arguments required now that the earlier major did not require (or did not have).
    const requiredThen = new Set(oldTable[type].required ?? []);
    const optional = (nowTable[type].required ?? []).filter((name) => !requiredThen.has(name));
    if (optional.length) optionalByType[type] = optional;
  }
  return { types, arguments: argumentsByType, optional: optionalByType };
}

const sources = {};
const majors = {};
EARLIER.forEach((version, index) => {
  const packageDir = process.argv[2 + index] ?? fetchProviderPackage(version);
  const old = readProviderSchema(packageDir);
  const major = old.terraformProviderVersion?.split('.')[0];
  if (!major) throw new Error(`${PACKAGE}@${version}: no provider version in its registry links`);
  sources[major] = { package: PACKAGE, version, terraformProvider: `hashicorp/aws ${old.terraformProviderVersion}` };
  majors[major] = {
    resources: removedFrom(old.resources, current.resources),
    dataSources: removedFrom(old.dataSources, current.dataSources),
  };
});

writeFileSync(
  join(data, 'earlier-provider-arguments.json'),
  JSON.stringify({ source: { current: current.source.terraformProvider, earlier: sources }, majors }) + '\n',
);
for (const [major, tables] of Object.entries(majors)) {
  const count = (table) => Object.values(table.arguments).length;
  console.log(
    `provider ${sources[major].terraformProvider}: ${tables.resources.types.length} resource types, ${count(tables.resources)} resources with arguments, ${tables.dataSources.types.length} data source types, ${count(tables.dataSources)} data sources with arguments the current schema lacks`,
  );
}
