/**
 * CDK for Terraform: which Terraform type a `@cdktf/provider-aws` class
 * stands for. The provider package is generated from the Terraform schema
 * by a mechanical naming (a type's module is the type without `aws_`, in
 * kebab case in TypeScript `lib/s3-bucket`, camel case as a namespace
 * member `s3Bucket`, snake case in Python `s3_bucket`; its class is the
 * PascalCase of the same words, `S3Bucket`, data sources prefixed
 * `data-aws-` / `DataAws`), so the mapping is derived at load from the
 * schema data the package itself was read into (src/schema/data/aws-provider.json),
 * never listed by hand.
 */
import { readFileSync } from 'node:fs';
import { snakeCase } from '../model/names.js';
import { packageFile } from '../util/package-file.js';
import { awsProviderSchema } from './aws-provider.js';

export interface CdktfClass {
  mode: 'resource' | 'data';
  type: string;
}

let byModule: Map<string, CdktfClass> | undefined;
let byClass: Map<string, CdktfClass> | undefined;

/** Module and class keys: lower case without separators, so every spelling of a module meets. */
function key(text: string): string {
  return text.replace(/[-_]/g, '').toLowerCase();
}

function pascal(words: string): string {
  return words
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function load(): void {
  if (byModule && byClass) return;
  byModule = new Map();
  byClass = new Map();
  const schema = awsProviderSchema();
  const add = (mode: 'resource' | 'data', type: string) => {
    const words = type.replace(/^aws_/, '');
    const module = mode === 'data' ? `data_aws_${words}` : words;
    const entry = { mode, type };
    byModule!.set(module, entry);
    if (!byModule!.has(key(module))) byModule!.set(key(module), entry);
    byClass!.set(pascal(module), entry);
  };
  for (const type of schema.resources.keys()) add('resource', type);
  for (const type of schema.dataSources.keys()) add('data', type);
}

/**
 * The type of a provider module, however it is spelled: `s3-bucket`
 * (`@cdktf/provider-aws/lib/s3-bucket`), `s3Bucket` (`aws.s3Bucket`),
 * `s3_bucket` (`cdktf_cdktf_provider_aws.s3_bucket`), `data-aws-iam-policy-document`.
 */
export function cdktfModuleType(module: string): CdktfClass | undefined {
  load();
  const snake = snakeCase(module.replace(/-/g, '_'));
  return byModule!.get(snake) ?? byModule!.get(key(module));
}

/**
 * The type of a provider class by its name alone (`S3Bucket`, `DataAwsRegion`).
 * Classes whose name would clash with another of the package carry a trailing
 * `A` (`S3BucketVersioningA`).
 */
export function cdktfClassType(className: string): CdktfClass | undefined {
  load();
  return byClass!.get(className) ?? (className.endsWith('A') ? byClass!.get(className.slice(0, -1)) : undefined);
}

/**
 * The type a class imported from a provider module stands for: the module
 * decides (a module holds one resource class, plus its structs), else the class name.
 */
export function cdktfType(module: string | undefined, className: string): CdktfClass | undefined {
  const fromModule = module ? cdktfModuleType(module) : undefined;
  // Without a module the name alone decides; a module's other classes are its structs
  // (`AutoscalingGroupTag` of `autoscaling_group` is the `tag` block, not `aws_autoscaling_group_tag`).
  if (!fromModule) return cdktfClassType(className);
  if (!/^[A-Z]/.test(className)) return undefined;
  // Only the module's own class (its PascalCase name, maybe with the `A` suffix), not a struct or enum beside it.
  const own = pascal(fromModule.mode === 'data' ? `data_aws_${fromModule.type.slice(4)}` : fromModule.type.slice(4));
  const written = className.toLowerCase();
  return written === own.toLowerCase() || written === `${own}a`.toLowerCase() ? fromModule : undefined;
}

/** How a list attribute reads back: `l` a list of strings (`string[]`), `o` a list of objects (a `ComplexList`). */
export type CdktfListKind = 'l' | 'o';

interface ListAttributes {
  source: { package: string; version: string };
  resources: Record<string, Record<string, CdktfListKind>>;
  dataSources: Record<string, Record<string, CdktfListKind>>;
}

let listAttributes: ListAttributes | undefined;

function readListAttributes(): ListAttributes {
  listAttributes ??= JSON.parse(
    readFileSync(packageFile('src/schema/data/cdktf-list-attributes.json'), 'utf8'),
  ) as ListAttributes;
  return listAttributes;
}

/**
 * Whether an attribute of a provider class reads back as a list token, and of what (generated from the provider
 * package's getters by scripts/generate-cdktf-list-attributes.mjs).
 */
export function cdktfListAttribute(
  mode: 'resource' | 'data',
  type: string,
  attribute: string,
): CdktfListKind | undefined {
  const data = readListAttributes();
  const table = mode === 'data' ? data.dataSources : data.resources;
  return Object.hasOwn(table, type) && Object.hasOwn(table[type], attribute) ? table[type][attribute] : undefined;
}

/** The package and version the list attributes were read from. */
export function cdktfListAttributesSource(): string {
  const { source } = readListAttributes();
  return `${source.package}@${source.version}`;
}
