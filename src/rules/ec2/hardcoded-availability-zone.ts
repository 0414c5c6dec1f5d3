/**
 * ec2/hardcoded-availability-zone: an Availability Zone written as a constant
 * (`us-east-1a`) instead of read from the region the program deploys to.
 */
import type { Resource, Value } from '../../model/types.js';
import { items, stringValue } from '../../model/values.js';
import { list, literal, lookup, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { describeResource } from '../describe.js';
import { statedRegion } from '../resource-region.js';
import { CODE_FRAMEWORKS, defineRule, type Suggestion } from '../rule.js';

/** Arguments that take Availability Zone names (canonical names, and CloudFormation property names). */
const ZONE_ARGUMENTS = new Set(['availability_zone', 'availability_zones', 'AvailabilityZone', 'AvailabilityZones']);

/** `us-east-1a`, `eu-south-2b`, `us-gov-west-1a`: a region name followed by one zone letter. */
const ZONE = /^([a-z]{2}(?:-gov)?-[a-z]+-\d)([a-z])$/;

export default defineRule({
  meta: {
    id: 'ec2/hardcoded-availability-zone',
    title: 'Availability Zone written as a constant',
    severity: 'low',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'An Availability Zone name written into a resource (`availability_zone = "us-east-1a"`). Critical when the zone belongs to another region than the one the resource is created in; low (portability) when that region is not fixed in the code, reported once per program with the other places as related locations: one note is enough to make a program portable, and a finding per subnet only repeats it.',
    rationale:
      'Zones exist only in their own region: deploying to any other region fails ("Value (us-east-1a) for parameter availabilityZone is invalid"). Zone letters also map to different physical zones per account, and not every zone offers every instance type. Reading the zones of the current region keeps the program portable.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones',
    fixable: 'suggest',
  },
  check(program, context) {
    /** Zones written where the region is not fixed: a portability note, reported once per program. */
    const portable: { resource: Resource; key: string; value: Value; zone: { name: string; value: Value } }[] = [];
    for (const resource of program.resources) {
      for (const entry of resource.args.entries) {
        if (!ZONE_ARGUMENTS.has(entry.key)) continue;
        const zone = zoneIn(entry.value);
        if (!zone) continue;
        const region = statedRegion(program, resource);
        const zoneRegion = ZONE.exec(zone.name)![1];
        if (region === zoneRegion) continue;
        if (!region) {
          portable.push({ resource, key: entry.key, value: entry.value, zone });
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
    const [first, ...others] = portable;
    if (!first) return;
    const zoneRegion = ZONE.exec(first.zone.name)![1];
    context.report({
      message: `${describeResource(first.resource)} names the Availability Zone ${first.zone.name}, which exists only in ${zoneRegion}${others.length ? ` (and ${others.length} more zone name${others.length > 1 ? 's' : ''} in this program)` : ''}: deployed to any other region it fails. Read the zones of the current region instead.`,
      span: first.zone.value.span,
      resource: first.resource,
      severity: 'low',
      related: others.map((o) => ({
        message: `${describeResource(o.resource)} names ${o.zone.name}`,
        span: o.zone.value.span,
      })),
      suggestion: currentZones(first.resource, first.key, first.value),
    });
  },
});

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
  if (resource.framework === 'cloudformation') return templateZones(resource, key, value);
  const idiom = idiomOf(resource.framework);
  if (!idiom) return undefined;
  const written = (value.kind === 'list' ? items(value) : [value]).map((item) => literal(stringValue(item) ?? ''));
  const zones = lookup('aws_availability_zones', 'available', [['state', literal('available')]], 'names');
  const after: Code = key.endsWith('s') ? zones : { ...zones, index: 0 };
  return {
    before: idiom.argument(key, value.kind === 'list' ? list(...written) : written[0], resource.type),
    after: [...idiom.lookupDeclarations(after), idiom.argument(key, after, resource.type)].join('\n\n'),
  };
}

/** A template reads the zones of the stack's region with `Fn::GetAZs`. */
function templateZones(resource: Resource, key: string, value: Value): Suggestion {
  const json =
    resource.span.file.endsWith('.json') || resource.headerSpan.end - resource.headerSpan.start > resource.name.length;
  const written = (value.kind === 'list' ? items(value) : [value]).map((item) => stringValue(item) ?? '');
  const many = key.endsWith('s');
  if (json)
    return {
      before: `"${key}": ${JSON.stringify(many ? written : written[0])}`,
      after: `"${key}": ${many ? '{ "Fn::GetAZs": "" }' : '{ "Fn::Select": [0, { "Fn::GetAZs": "" }] }'}`,
    };
  return {
    before: `${key}: ${many ? `[${written.join(', ')}]` : written[0]}`,
    after: `${key}: ${many ? "!GetAZs ''" : "!Select [0, !GetAZs '']"}`,
  };
}
