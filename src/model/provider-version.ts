/**
 * The AWS provider version a Terraform module pins in `required_providers`:
 * the newest major its constraints admit, the one `terraform init` installs.
 */
import type { Span } from './source.js';
import type { Program } from './types.js';
import { field, stringValue } from './values.js';
import { newestMajor, parseConstraints } from '../util/version-constraint.js';

export interface ProviderPin {
  /** The newest major version of hashicorp/aws the constraints admit. */
  major: number;
  /** The constraints as written (one per declaration). */
  constraints: string[];
  /** Where the first constraint is written. */
  span: Span;
}

const AWS_SOURCE = 'hashicorp/aws';
const pins = new WeakMap<Program, ProviderPin | undefined>();

/**
 * The module's pin of hashicorp/aws; undefined when it declares no version
 * constraint for it, writes one that cannot be read (a variable, a syntax
 * error), or admits versions of every major from some version on.
 */
export function awsProviderPin(program: Program): ProviderPin | undefined {
  if (!pins.has(program)) pins.set(program, readPin(program));
  return pins.get(program);
}

/** `registry.terraform.io/hashicorp/aws` and `hashicorp/aws` are one provider (the default registry's host is optional). */
function isAwsSource(source: string): boolean {
  const address = source.toLowerCase();
  return address === AWS_SOURCE || address === `registry.terraform.io/${AWS_SOURCE}`;
}

function readPin(program: Program): ProviderPin | undefined {
  if (program.framework !== 'terraform') return undefined;
  const constraints: string[] = [];
  let span: Span | undefined;
  for (const block of program.requiredProviders ?? []) {
    for (const entry of block.requirements.entries) {
      // Terraform 0.12 wrote a bare version string: `aws = "~> 2.0"`.
      const bare = entry.value.kind !== 'object';
      const source = bare ? undefined : stringValue(field(entry.value, 'source'));
      // A name without a source stands for hashicorp/<name>.
      const aws = source === undefined ? entry.key === 'aws' : isAwsSource(source);
      // `aws_*` resources use the provider named `aws`: another provider under that name is not this one.
      if (!aws) {
        if (entry.key === 'aws') return undefined;
        continue;
      }
      const version = bare ? entry.value : field(entry.value, 'version');
      if (!version) continue;
      const text = stringValue(version);
      if (text === undefined) return undefined;
      constraints.push(text);
      span ??= version.span;
    }
  }
  if (!span) return undefined;
  const range = parseConstraints(constraints);
  const major = range && newestMajor(range);
  return major === undefined ? undefined : { major, constraints, span };
}
