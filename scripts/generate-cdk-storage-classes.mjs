#!/usr/bin/env node
// Generates src/schema/data/cdk-storage-classes.json: the S3 storage class
// each member of the AWS CDK's s3.StorageClass stands for
// (`INFREQUENT_ACCESS` → `STANDARD_IA`), so that lifecycle rules written with
// the library's constants can be judged as S3 sees them. The values are read
// from aws-cdk-lib itself (the devDependency, exact version in package.json).
//
// Usage: node scripts/generate-cdk-storage-classes.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortedByKey } from './provider-jsii.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const { aws_s3: s3 } = require('aws-cdk-lib');
const { version } = require('aws-cdk-lib/package.json');

// StorageClass is a class of static instances (not a TypeScript enum): its members are the statics holding one.
const members = Object.getOwnPropertyNames(s3.StorageClass).filter(
  (m) => s3.StorageClass[m] instanceof s3.StorageClass,
);
const out = {
  source: `aws-cdk-lib@${version}`,
  s3: sortedByKey(Object.fromEntries(members.map((member) => [member, s3.StorageClass[member].value]))),
};
const target = join(root, 'src', 'schema', 'data', 'cdk-storage-classes.json');
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${target}: ${members.length} storage classes (${out.source})`);
