/**
 * The S3 storage class each AWS CDK `s3.StorageClass` member stands for
 * (`INFREQUENT_ACCESS` → `STANDARD_IA`), read from aws-cdk-lib by
 * scripts/generate-cdk-storage-classes.mjs (data/cdk-storage-classes.json).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

let classes: Record<string, string> | undefined;

/** The storage class of an `s3.StorageClass` member, if it is one. */
export function cdkS3StorageClass(member: string): string | undefined {
  classes ??= (
    JSON.parse(readFileSync(packageFile('src/schema/data/cdk-storage-classes.json'), 'utf8')) as {
      s3: Record<string, string>;
    }
  ).s3;
  return Object.hasOwn(classes, member) ? classes[member] : undefined;
}
