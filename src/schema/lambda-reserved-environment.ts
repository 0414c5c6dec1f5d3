/**
 * Environment variable names the Lambda runtime reserves, generated from
 * aws-cdk-lib's `Function.addEnvironment` check by
 * scripts/generate-lambda-reserved-environment.mjs
 * (data/lambda-reserved-environment.json).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

let reserved: ReadonlySet<string> | undefined;

export function isReservedLambdaEnvironmentName(name: string): boolean {
  reserved ??= new Set(
    (
      JSON.parse(readFileSync(packageFile('src/schema/data/lambda-reserved-environment.json'), 'utf8')) as {
        reserved: string[];
      }
    ).reserved,
  );
  return reserved.has(name);
}
