/**
 * ec2/hardcoded-availability-zone: an Availability Zone written as a constant
 * (`us-east-1a`) instead of read from the region the program deploys to.
 */
import type { Program, Resource, Value } from '../../model/types.js';
import { items, stringValue, walkValue } from '../../model/values.js';
import { list, literal, lookup, type Code } from '../../idiom/code.js';
import { idiomOf, type Idiom } from '../../idiom/index.js';
import { describeResource } from '../describe.js';
import { statedRegion } from '../resource-region.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext, type Suggestion } from '../rule.js';

/** Arguments that take Availability Zone names (canonical names). */
const ZONE_ARGUMENTS = new Set(['availability_zone', 'availability_zones']);

/** `us-east-1a`, `eu-south-2b`, `us-gov-west-1a`: a region name followed by one zone letter. */
const ZONE = /^([a-z]{2}(?:-gov)?-[a-z]+-\d)([a-z])$/;

export default defineRule({
  meta: {
    id: 'ec2/hardcoded-availability-zone',
    title: 'Availability Zone written as a constant',
    severity: 'low',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'An Availability Zone name written into a resource (`availability_zone = "us-east-1a"`). Critical when the zone belongs to another region than the one the resource is created in; low (portability) when that region is not fixed in the code (always, in a template), reported once per program with the other places as related locations: one note is enough to make a program portable, and a finding per subnet only repeats it.',
    rationale:
      'Zones exist only in their own region: deploying to any other region fails ("Value (us-east-1a) for parameter availabilityZone is invalid"). Zone letters also map to different physical zones per account, and not every zone offers every instance type. Reading the zones of the current region keeps the program portable.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones',
    fixable: 'suggest',
  },
  check(program, context) {
    const portable: PortabilityNote[] = [];
    if (program.framework === 'cloudformation') collectTemplateZones(program, portable);
    else {
      for (const resource of program.resources) {
        for (const entry of resource.args.entries) {
          if (!ZONE_ARGUMENTS.has(entry.key)) continue;
          const zone = zoneIn(entry.value);
          if (!zone) continue;
          const region = statedRegion(program, resource);
          const zoneRegion = ZONE.exec(zone.name)![1];
          if (region === zoneRegion) continue;
          if (!region) {
            portable.push({ resource, zone, suggestion: currentZones(resource, entry.key, entry.value) });
            continue;
          }
          context.report({
            message: `${describeResource(resource)} is created in ${region} but names the Availability Zone ${zone.name} of ${zoneRegion}: the deployment fails. Read the zones of the current region instead.`,
            span: zone.value.span,
            resource,
            severity: 'critical',
            suggestion: currentZones(resource, entry.key, entry.value),
          });
        }
      }
    }
    reportPortability(portable, program.framework === 'cloudformation', context);
  },
});

/** A zone written where the region is not fixed, and how to read it instead. */
interface PortabilityNote {
  resource: Resource;
  zone: { name: string; value: Value };
  suggestion: Suggestion | undefined;
}

/** One low finding for every zone of a program whose region is not fixed; the other places are related. */
function reportPortability(notes: PortabilityNote[], template: boolean, context: RuleContext): void {
  const [first, ...others] = notes;
  if (!first) return;
  const zoneRegion = ZONE.exec(first.zone.name)![1];
  const more = others.length
    ? ` (and ${others.length} more zone name${others.length > 1 ? 's' : ''} in this program)`
    : '';
  context.report({
    message: template
      ? `${describeResource(first.resource)} names the Availability Zone ${first.zone.name}, which exists only in ${zoneRegion}${more}: the stack fails to create in any other region. Read the zones of the stack's region with Fn::GetAZs instead.`
      : `${describeResource(first.resource)} names the Availability Zone ${first.zone.name}, which exists only in ${zoneRegion}${more}: deployed to any other region it fails. Read the zones of the current region instead.`,
    span: first.zone.value.span,
    resource: first.resource,
    severity: 'low',
    related: others.map((o) => ({
      message: `${describeResource(o.resource)} names ${o.zone.name}`,
      span: o.zone.value.span,
    })),
    suggestion: first.suggestion,
  });
}

/** Template properties that take zone names. */
const ZONE_PROPERTIES = new Set(['AvailabilityZone', 'AvailabilityZones']);

/**
 * Templates: `AvailabilityZone(s)` at any depth of a resource. A template
 * does not fix its region (the stack's region is chosen at deploy time), so
 * a constant zone is a portability note; `Fn::GetAZs` reads the zones of
 * the region the stack is created in.
 */
function collectTemplateZones(program: Program, portable: PortabilityNote[]): void {
  const idiom = idiomOf('cloudformation', program)!;
  for (const resource of program.resources)
    walkValue(resource.args, (value) => {
      if (value.kind !== 'object') return;
      for (const entry of value.entries) {
        if (!ZONE_PROPERTIES.has(entry.key)) continue;
        const zone = zoneIn(entry.value);
        if (!zone) continue;
        const letter = ZONE.exec(zone.name)![2].charCodeAt(0) - 'a'.charCodeAt(0);
        portable.push({ resource, zone, suggestion: zoneSuggestion(idiom, entry.key, entry.value, undefined, letter) });
      }
    });
}

/** The first constant zone name in a value (a string or a list of strings). */
function zoneIn(value: Value): { name: string; value: Value } | undefined {
  for (const item of value.kind === 'list' ? items(value) : [value]) {
    const name = stringValue(item);
    if (name !== undefined && item.kind === 'literal' && ZONE.test(name)) return { name, value: item };
  }
  return undefined;
}

/** The same argument reading the current region's zones, in the program's language. */
function currentZones(resource: Resource, key: string, value: Value): Suggestion | undefined {
  const idiom = idiomOf(resource.framework);
  if (!idiom) return undefined;
  return zoneSuggestion(idiom, key, value, resource.type);
}

/** `index`: which of the region's zones a single zone becomes (a template's `b` zone is the second). */
function zoneSuggestion(idiom: Idiom, key: string, value: Value, type?: string, index = 0): Suggestion {
  const written = (value.kind === 'list' ? items(value) : [value]).map((item) => literal(stringValue(item) ?? ''));
  const zones = lookup('aws_availability_zones', 'available', [['state', literal('available')]], 'names');
  const after: Code = key.endsWith('s') ? zones : { ...zones, index };
  return {
    before: idiom.argument(key, value.kind === 'list' ? list(...written) : written[0], type),
    after: [...idiom.lookupDeclarations(after), idiom.argument(key, after, type)].join('\n\n'),
  };
}
