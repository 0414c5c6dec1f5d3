#!/usr/bin/env node
// Generates src/schema/data/aws-regions.json: the names of the AWS regions,
// and the services offered in every region of the aws partition (DynamoDB,
// SQS, Lambda, ...; not Bedrock, SES or the Pricing API, which code may have to
// reach in a region of their own).
//
// - Regions: the partitions of botocore's endpoints.json (the endpoint data
//   the AWS SDKs ship), joined with aws-cdk-lib's region-info (which knows
//   regions an older botocore lacks).
// - Services in every region: the services whose endpoints in endpoints.json
//   cover every region of the aws partition, by endpoint prefix (global
//   services such as IAM have one endpoint and are not among them).
// botocore is a Python package, read here at development time only: the JSON
// written is committed, so preflight still installs from npm alone.
//
// Usage: node scripts/generate-aws-regions.mjs [path/to/botocore]
//   (default: the botocore package of `python3`; aws-cdk-lib from node_modules)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The botocore package to read (the one given, else python3's) and its version, from one import of it. */
function botocore() {
  const given = process.argv[2];
  // With a directory given, that package is imported, so the version recorded is the one read.
  const path = given ? `import sys; sys.path.insert(0, ${JSON.stringify(dirname(given))}); ` : '';
  try {
    const [dir, version] = execFileSync(
      'python3',
      ['-c', `${path}import botocore, os; print(os.path.dirname(botocore.__file__)); print(botocore.__version__)`],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    return { dir, version };
  } catch {
    throw new Error(
      'botocore is not installed for python3: run `pip install botocore` (or pass its package directory).',
    );
  }
}

const { dir, version: botocoreVersion } = botocore();
const endpoints = JSON.parse(readFileSync(join(dir, 'data', 'endpoints.json'), 'utf8'));

const regions = new Set();
for (const partition of endpoints.partitions) for (const name of Object.keys(partition.regions)) regions.add(name);
const { RegionInfo } = require('aws-cdk-lib/region-info');
for (const region of RegionInfo.regions) regions.add(region.name);

const aws = endpoints.partitions.find((p) => p.partition === 'aws');
const awsRegions = Object.keys(aws.regions);
const servicesInEveryRegion = Object.entries(aws.services)
  .filter(([, spec]) => awsRegions.every((region) => spec.endpoints && region in spec.endpoints))
  .map(([service]) => service)
  .sort();

const cdkVersion = JSON.parse(
  readFileSync(join(dirname(require.resolve('aws-cdk-lib')), 'package.json'), 'utf8'),
).version;
const data = {
  source: {
    botocore: { package: 'botocore', version: botocoreVersion },
    'aws-cdk-lib': { package: 'aws-cdk-lib', version: cdkVersion },
  },
  regions: [...regions].sort(),
  servicesInEveryRegion,
};
const out = join(here, '..', 'src', 'schema', 'data', 'aws-regions.json');
writeFileSync(out, JSON.stringify(data, null, 2) + '\n');
console.log(`wrote ${out}: ${data.regions.length} regions, ${servicesInEveryRegion.length} services in every region`);
