#!/usr/bin/env node
// Generates src/schema/data/aws-provider.json from the Terraform AWS provider
// schema as shipped in the @cdktf/provider-aws npm package (its .jsii type
// manifest holds every resource, data source, argument and nested block).
//
// Usage: node scripts/generate-schema.mjs [path/to/extracted/package]
// Without an argument the pinned package version is fetched with `npm pack`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PACKAGE,
  PROVIDER_VERSION as VERSION,
  fetchProviderPackage,
  readProviderSchema,
  sortedByKey as sorted,
} from './provider-jsii.mjs';

const packageDir = process.argv[2] ?? fetchProviderPackage(VERSION);
const { resources, dataSources, terraformProviderVersion } = readProviderSchema(packageDir);

const out = {
  source: { package: PACKAGE, version: VERSION, terraformProvider: `hashicorp/aws ${terraformProviderVersion}` },
  resources: sorted(resources),
  dataSources: sorted(dataSources),
};
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'schema', 'data', 'aws-provider.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(
  `wrote ${target}: ${Object.keys(resources).length} resources, ${Object.keys(dataSources).length} data sources (provider ${terraformProviderVersion})`,
);
