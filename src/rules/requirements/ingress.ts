import type { Value } from '../../model/types.js';
import { arg, at, items, numberValue, stringValue } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { requiredBy, resolve } from './cite.js';

type IngressRequirement = Extract<Requirement, { kind: 'ingress' }>;

/** Where a rule's fields are, per resource type (Terraform canonical names and CloudFormation's). */
interface RuleShape {
  /** Path of the list of rules in the resource, or '' when the resource is one rule. */
  list: string;
  from: string;
  to: string;
  protocol: string;
  cidrs: string[];
  /** Only rules of this `type` value are ingress (aws_security_group_rule). */
  type?: string;
}

const SHAPES: Record<string, RuleShape> = {
  aws_security_group: {
    list: 'ingress',
    from: 'from_port',
    to: 'to_port',
    protocol: 'protocol',
    cidrs: ['cidr_blocks', 'ipv6_cidr_blocks'],
  },
  aws_security_group_rule: {
    list: '',
    from: 'from_port',
    to: 'to_port',
    protocol: 'protocol',
    cidrs: ['cidr_blocks', 'ipv6_cidr_blocks'],
    type: 'type',
  },
  aws_vpc_security_group_ingress_rule: {
    list: '',
    from: 'from_port',
    to: 'to_port',
    protocol: 'ip_protocol',
    cidrs: ['cidr_ipv4', 'cidr_ipv6'],
  },
  'AWS::EC2::SecurityGroup': {
    list: 'SecurityGroupIngress',
    from: 'FromPort',
    to: 'ToPort',
    protocol: 'IpProtocol',
    cidrs: ['CidrIp', 'CidrIpv6'],
  },
  'AWS::EC2::SecurityGroupIngress': {
    list: '',
    from: 'FromPort',
    to: 'ToPort',
    protocol: 'IpProtocol',
    cidrs: ['CidrIp', 'CidrIpv6'],
  },
};

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  meta: {
    id: 'requirements/ingress',
    title: 'Port open to the internet that the request does not allow',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'The request names the only ports a security group may open ("allow only HTTPS (443)"), and an ingress rule opens another port (or every port) to 0.0.0.0/0 or ::/0.',
    rationale:
      'A port the request keeps closed but the program opens to the whole internet is both a failed requirement and an exposure: plain HTTP beside HTTPS, SSH or a database port reachable by anyone.',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter((r): r is IngressRequirement => r.kind === 'ingress');
    if (!wanted.length) return;
    const allowed = new Set(wanted.flatMap((r) => r.ports));
    const cite = wanted[0];
    for (const resource of program.resources) {
      const shape = SHAPES[resource.type];
      if (!shape) continue;
      const rules: Value[] = shape.list ? items(arg(resource, shape.list)) : [resource.args];
      for (const rule of rules) {
        if (shape.type && stringValue(resolve(program, at(rule, shape.type))) !== 'ingress') continue;
        const open = shape.cidrs.some((path) =>
          items(resolve(program, at(rule, path))).some((cidr) => OPEN.has(stringValue(resolve(program, cidr)) ?? '')),
        );
        if (!open) continue;
        for (const requirement of wanted) context.checked?.(requirement);
        const protocol = stringValue(resolve(program, at(rule, shape.protocol)));
        const from = numberValue(resolve(program, at(rule, shape.from)));
        const to = numberValue(resolve(program, at(rule, shape.to)));
        const everything = protocol === '-1' || protocol === 'all';
        if (!everything && (from === undefined || to === undefined)) continue;
        // ICMP rules carry types and codes in the port fields, not ports.
        if (!everything && /^(icmp|icmpv6|1|58)$/i.test(protocol ?? '')) continue;
        const ports = everything ? 'every port' : from === to ? `port ${from}` : `ports ${from}-${to}`;
        if (!everything && from! === to! && allowed.has(from!)) continue;
        if (!everything && [...allowed].some((p) => p === from && p === to)) continue;
        context.report({
          message: `${describeResource(resource)} opens ${ports} to the internet, but the request allows only ${[...allowed].join(', ')} (${requiredBy(cite)}).`,
          span: (at(rule, shape.from) ?? rule).span,
          resource,
          requirement: cite,
        });
      }
    }
  },
});
