import type { Resource, Value } from '../../model/types.js';
import { arg, field, items, numberValue, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Ports meant to be reached from anywhere: HTTP and HTTPS. */
const WEB_PORTS = new Set([80, 443]);
const EVERYWHERE = new Set(['0.0.0.0/0', '::/0']);

interface IngressRule {
  resource: Resource;
  /** The rule's own value (an inline `ingress` block, or the rule resource's arguments). */
  value: Value;
}

export default defineRule({
  meta: {
    id: 'ec2/open-ingress',
    title: 'Ingress from anywhere on a non-web port',
    severity: 'high',
    frameworks: 'all',
    description:
      'A security group rule allows ingress from 0.0.0.0/0 or ::/0 on ports other than HTTP/HTTPS (SSH, RDP, databases, all ports).',
    rationale:
      'Administrative and database ports open to the internet are scanned and brute-forced within minutes of deployment; reach them through a bastion, SSM Session Manager or a specific CIDR.',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const { resource, value } of ingressRules(program.resources)) {
      const cidr = openCidr(value);
      if (!cidr) continue;
      const from = numberValue(field(value, 'from_port'));
      const to = numberValue(field(value, 'to_port')) ?? from;
      const protocol = stringValue(field(value, 'protocol')) ?? stringValue(field(value, 'ip_protocol'));
      const allPorts = protocol === '-1' || protocol === 'all';
      if (!allPorts && (from === undefined || to === undefined)) continue;
      if (!allPorts && from === to && WEB_PORTS.has(from!)) continue;
      if (!allPorts && from === 80 && to === 443) continue;
      const ports = allPorts ? 'all ports' : from === to ? `port ${from}` : `ports ${from}-${to}`;
      context.report({
        message: `${describeResource(resource)} allows ingress from ${cidr.value} on ${ports}; restrict the source to known CIDRs or security groups.`,
        span: cidr.span,
        resource,
      });
    }
  },
});

function ingressRules(resources: Resource[]): IngressRule[] {
  const out: IngressRule[] = [];
  for (const resource of resources) {
    if (resource.type === 'aws_security_group')
      for (const block of items(arg(resource, 'ingress'))) out.push({ resource, value: block });
    if (resource.type === 'aws_security_group_rule' && stringValue(arg(resource, 'type')) === 'ingress')
      out.push({ resource, value: resource.args });
    if (resource.type === 'aws_vpc_security_group_ingress_rule') out.push({ resource, value: resource.args });
  }
  return out;
}

/** The 0.0.0.0/0 or ::/0 source of a rule, if it has one. */
function openCidr(rule: Value): { value: string; span: Value['span'] } | undefined {
  for (const key of ['cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'cidr_ipv6'])
    for (const item of items(field(rule, key))) {
      const text = stringValue(item);
      if (text && EVERYWHERE.has(text)) return { value: text, span: item.span };
    }
  return undefined;
}
