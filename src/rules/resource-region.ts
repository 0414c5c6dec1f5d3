/**
 * The region a resource is created in, when the program states it as a
 * constant: its own `region` argument, the region of the provider it names,
 * or (Terraform) the default `aws` provider's, following a variable to what
 * terraform.tfvars assigns it or its default.
 */
import { plannedValue, terraformVariable } from '../model/query.js';
import type { Program, Resource, Value } from '../model/types.js';
import type { Requirement } from '../requirements/types.js';
import { arg, stringValue } from '../model/values.js';

export function statedRegion(program: Program, resource: Resource): string | undefined {
  const own = constantOf(program, arg(resource, 'region'));
  if (own) return own;
  const chosen = resource.options.provider;
  if (chosen) {
    const name = chosen.kind === 'reference' ? chosen.text.split('.').at(-1) : undefined;
    // The provider the reference names (its alias, as CDKTF Python references carry it), else by variable.
    const target = chosen.kind === 'reference' && chosen.target.kind === 'other' ? chosen.target.name : undefined;
    const provider =
      program.providers.find((p) => p.name === 'aws' && target !== undefined && p.alias === target) ??
      program.providers.find(
        (p) => p.name === 'aws' && name !== undefined && (p.alias === name || p.variable === name),
      );
    return provider ? constantOf(program, provider.region) : undefined;
  }
  if (program.framework !== 'terraform') return undefined;
  const defaultProvider = program.providers.find((p) => p.name === 'aws' && !p.alias);
  return constantOf(program, defaultProvider?.region);
}

/**
 * A resource created through a provider the program names but whose region it does not
 * state (an alias declared in a file the program does not include, a region read from an
 * input): it may well be in the region a constant next to it names.
 */
export function onUnseenProvider(program: Program, resource: Resource): boolean {
  return resource.options.provider !== undefined && statedRegion(program, resource) === undefined;
}

/** Every region the program states for a resource or a provider. */
export function statedRegions(program: Program): Set<string> {
  const regions = new Set<string>();
  for (const resource of program.resources) {
    const region = statedRegion(program, resource);
    if (region) regions.add(region);
  }
  for (const provider of program.providers) {
    const region = constantOf(program, provider.region);
    if (region) regions.add(region);
  }
  return regions;
}

/** The regions the request asks to deploy to (empty when it names none). */
export function requestedRegions(requirements: readonly Requirement[] | undefined): Set<string> {
  return new Set((requirements ?? []).flatMap((r) => (r.kind === 'region' ? r.regions : [])));
}

/**
 * How sure it is that a region written as a constant misses the program's resources, most certain
 * first: the program creates the resource in another region, or the request names other regions
 * (high); else the region is chosen at deploy time (medium), or is the one the request names (low:
 * the constant only costs the program its portability).
 */
export type ConstantRegion =
  | { case: 'created-elsewhere'; createdIn: string; severity: 'high' }
  | { case: 'requested-elsewhere'; requested: string[]; severity: 'high' }
  | { case: 'chosen-at-deploy'; requestNames: boolean; severity: 'medium' | 'low' };

export function constantRegion(region: string, createdIn: string | undefined, requested: Set<string>): ConstantRegion {
  if (createdIn) return { case: 'created-elsewhere', createdIn, severity: 'high' };
  if (requested.size && !requested.has(region))
    return { case: 'requested-elsewhere', requested: [...requested], severity: 'high' };
  const requestNames = requested.has(region);
  return { case: 'chosen-at-deploy', requestNames, severity: requestNames ? 'low' : 'medium' };
}

/** ACM in us-east-1: where CloudFront takes its certificates from, whatever region the program deploys to. */
export function isCloudFrontCertificateRegion(service: string, region: string): boolean {
  return service === 'acm' && region === 'us-east-1';
}

/** A constant string, or what the Terraform variable a value reads takes: terraform.tfvars's value, else its default. */
function constantOf(program: Program, value: Value | undefined): string | undefined {
  const text = stringValue(value);
  if (text !== undefined) return text;
  if (value?.kind !== 'reference' || value.target.kind !== 'var') return undefined;
  return stringValue(plannedValue(terraformVariable(program, value.target.name)));
}
