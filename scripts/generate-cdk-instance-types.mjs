#!/usr/bin/env node
// Generates src/schema/data/cdk-instance-types.json: the instance family each
// member of the AWS CDK's ec2.InstanceClass enum stands for (`BURSTABLE3` and
// `T3` both mean `t3`) and the size each member of ec2.InstanceSize stands for
// (`MICRO` → `micro`), so that AWS CDK programs that write
// `ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO)`
// can be read as `t3.micro`. The values are computed by aws-cdk-lib itself
// (the devDependency, exact version in package.json): InstanceType.of with
// each member, whose string is `<family>.<size>`.
//
// Usage: node scripts/generate-cdk-instance-types.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortedByKey } from './provider-jsii.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const { aws_ec2: ec2 } = require('aws-cdk-lib');
const { version } = require('aws-cdk-lib/package.json');

const familyOf = (member) =>
  ec2.InstanceType.of(ec2.InstanceClass[member], ec2.InstanceSize.LARGE).toString().split('.')[0];
const sizeOf = (member) =>
  ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize[member]).toString().split('.').slice(1).join('.');

const out = {
  source: `aws-cdk-lib@${version}`,
  classes: sortedByKey(Object.fromEntries(Object.keys(ec2.InstanceClass).map((member) => [member, familyOf(member)]))),
  sizes: sortedByKey(Object.fromEntries(Object.keys(ec2.InstanceSize).map((member) => [member, sizeOf(member)]))),
};
const target = join(root, 'src', 'schema', 'data', 'cdk-instance-types.json');
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `wrote ${target}: ${Object.keys(out.classes).length} classes, ${Object.keys(out.sizes).length} sizes (${out.source})`,
);
