/**
 * What the AWS CDK's ec2.InstanceClass and ec2.InstanceSize members stand
 * for (`BURSTABLE3` → `t3`, `MICRO` → `micro`), computed from aws-cdk-lib by
 * scripts/generate-cdk-instance-types.mjs (data/cdk-instance-types.json).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

let data: { classes: Record<string, string>; sizes: Record<string, string> } | undefined;

function load(): NonNullable<typeof data> {
  data ??= JSON.parse(readFileSync(packageFile('src/schema/data/cdk-instance-types.json'), 'utf8')) as NonNullable<
    typeof data
  >;
  return data;
}

/** The instance family of an `ec2.InstanceClass` member, if it is one. */
export function cdkInstanceFamily(member: string): string | undefined {
  const { classes } = load();
  return Object.hasOwn(classes, member) ? classes[member] : undefined;
}

/** The size of an `ec2.InstanceSize` member, if it is one. */
export function cdkInstanceSize(member: string): string | undefined {
  const { sizes } = load();
  return Object.hasOwn(sizes, member) ? sizes[member] : undefined;
}
