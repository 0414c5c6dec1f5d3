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
  /** The constraints are another module's of the same configuration (the module declares none). */
  inherited: boolean;
}

interface Constraints {
  constraints: string[];
  span?: Span;
  /** A constraint that cannot be read (a variable), or `aws` naming another provider. */
  unreadable?: boolean;
}

const AWS_SOURCE = 'hashicorp/aws';
const pins = new WeakMap<Program, ProviderPin | undefined>();

/**
 * The module's pin of hashicorp/aws; undefined when it declares no version
 * constraint for it, writes one that cannot be read (a variable, a syntax
 * error), or admits versions of every major from some version on. Terraform
 * intersects the constraints of every module of a configuration, so a module
 * that declares none takes those of the other modules read from the same input
 * (`configuration`: the modules of one Markdown answer).
 */
export function awsProviderPin(program: Program, configuration: readonly Program[] = []): ProviderPin | undefined {
  if (!pins.has(program)) pins.set(program, readPin(program, configuration));
  return pins.get(program);
}

/** `registry.terraform.io/hashicorp/aws` and `hashicorp/aws` are one provider (the default registry's host is optional). */
function isAwsSource(source: string): boolean {
  const address = source.toLowerCase();
  return address === AWS_SOURCE || address === `registry.terraform.io/${AWS_SOURCE}`;
}

function readPin(program: Program, configuration: readonly Program[]): ProviderPin | undefined {
  if (program.framework !== 'terraform') return undefined;
  const own = constraintsOf(program);
  if (own.unreadable) return undefined;
  let found = own;
  const inherited = own.constraints.length === 0;
  if (inherited) {
    const others = configuration.filter((other) => other !== program && other.framework === 'terraform');
    found = { constraints: [] };
    for (const other of others) {
      const theirs = constraintsOf(other);
      if (theirs.unreadable) return undefined;
      found.constraints.push(...theirs.constraints);
      found.span ??= theirs.span;
    }
  }
  if (!found.span) return undefined;
  const range = parseConstraints(found.constraints);
  const major = range && newestMajor(range);
  return major === undefined ? undefined : { major, constraints: found.constraints, span: found.span, inherited };
}

/** The version constraints a module's `required_providers` blocks give hashicorp/aws. */
function constraintsOf(program: Program): Constraints {
  const found: Constraints = { constraints: [] };
  for (const block of program.requiredProviders ?? []) {
    for (const entry of block.requirements.entries) {
      // Terraform 0.12 wrote a bare version string: `aws = "~> 2.0"`.
      const bare = entry.value.kind !== 'object';
      const source = bare ? undefined : stringValue(field(entry.value, 'source'));
      // A name without a source stands for hashicorp/<name>.
      const aws = source === undefined ? entry.key === 'aws' : isAwsSource(source);
      // `aws_*` resources use the provider named `aws`: another provider under that name is not this one.
      if (!aws) {
        if (entry.key === 'aws') return { constraints: [], unreadable: true };
        continue;
      }
      const version = bare ? entry.value : field(entry.value, 'version');
      if (!version) continue;
      const text = stringValue(version);
      if (text === undefined) return { constraints: [], unreadable: true };
      found.constraints.push(text);
      found.span ??= version.span;
    }
  }
  return found;
}
