/**
 * route53/reserved-domain: a public hosted zone or certificate for a domain
 * reserved for documentation (`example.com`, `example.net`, `example.org`).
 */
import { resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, items, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** The second-level domains RFC 2606 (section 3) reserves for examples. */
const RESERVED = ['example.com', 'example.net', 'example.org'];

export default defineRule({
  meta: {
    id: 'route53/reserved-domain',
    title: 'Hosted zone or certificate for a reserved example domain',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A public Route 53 hosted zone (critical; high behind `count` or `for_each`) or an ACM certificate (high) for `example.com`, `example.net`, `example.org` or a name under them: domains reserved for documentation (RFC 2606), which nobody can own.',
    rationale:
      'Route 53 refuses to create a public zone for them ("InvalidDomainName: example.com is reserved by AWS"), and a certificate for them never validates, so whatever waits for it (a CloudFront distribution, an HTTPS listener) times out.',
    docs: 'https://www.rfc-editor.org/rfc/rfc2606#section-3',
    fixable: 'suggest',
  },
  check(program, context) {
    if (program.framework === 'cloudformation') return checkTemplate(program, context);
    for (const zone of resourcesOfType(program, 'aws_route53_zone')) {
      if (items(arg(zone, 'vpc')).length > 0) continue; // a private zone may use any name
      // Behind count/for_each the zone may never be created: it fails only once it is.
      const conditional = zone.options.count !== undefined || zone.options.forEach !== undefined;
      report(zone, 'name', conditional ? 'high' : 'critical', 'Route 53 refuses to create a public hosted zone for it');
    }
    for (const certificate of resourcesOfType(program, 'aws_acm_certificate'))
      report(certificate, 'domain_name', 'high', 'the certificate can never be validated');

    function report(resource: Resource, key: string, severity: 'critical' | 'high', consequence: string): void {
      const value = arg(resource, key);
      const domain = stringValue(value)?.toLowerCase().replace(/\.$/, '');
      const reserved = reservedOf(domain);
      if (!value || !reserved) return;
      const name = argumentName(resource, key);
      context.report({
        message: `${describeResource(resource)} uses ${domain}${domain === reserved ? '' : `, under ${reserved}`}, a domain reserved for documentation: ${consequence}. Use a domain you own, given as an input.`,
        span: value.span,
        resource,
        severity,
        suggestion: {
          before: domain!,
          after:
            resource.framework === 'pulumi-ts'
              ? `${name}: config.require('domainName'),`
              : resource.framework === 'pulumi-py'
                ? `${name}=config.require("domain_name"),`
                : `${name} = var.domain_name`,
        },
      });
    }
  },
});

/** The reserved domain a name is or is under. */
function reservedOf(domain: string | undefined): string | undefined {
  return domain ? RESERVED.find((r) => domain === r || domain.endsWith(`.${r}`)) : undefined;
}

/**
 * Templates: a public `AWS::Route53::HostedZone` (no `VPCs`) or an ACM
 * certificate whose name is a reserved domain, written in the resource or as
 * the default of the parameter it reads (reported at that default, once).
 */
function checkTemplate(program: Program, context: RuleContext): void {
  const reported = new Set<Value>();
  const targets: [string, string, 'critical' | 'high', string][] = [
    ['AWS::Route53::HostedZone', 'Name', 'critical', 'Route 53 refuses to create a public hosted zone for it'],
    ['AWS::CertificateManager::Certificate', 'DomainName', 'high', 'the certificate can never be validated'],
  ];
  for (const [type, key, severity, consequence] of targets)
    for (const resource of resourcesOfType(program, type)) {
      if (key === 'Name' && items(arg(resource, 'VPCs')).length > 0) continue; // a private zone may use any name
      const value = arg(resource, key);
      const parameter =
        value?.kind === 'reference' && value.target.kind === 'var'
          ? program.template?.parameters.find((p) => value.target.kind === 'var' && p.name === value.target.name)
          : undefined;
      const written = parameter?.default ?? value;
      const domain = stringValue(written)?.toLowerCase().replace(/\.$/, '');
      const reserved = reservedOf(domain);
      if (!written || !reserved || reported.has(written)) continue;
      reported.add(written);
      const json =
        resource.span.file.endsWith('.json') ||
        resource.headerSpan.end - resource.headerSpan.start > resource.name.length;
      context.report({
        message: `${describeResource(resource)} uses ${domain}${parameter ? ` (the default of parameter ${parameter.name})` : ''}${domain === reserved ? '' : `, under ${reserved}`}, a domain reserved for documentation: ${consequence}. Use a domain you own, given as a parameter without a default.`,
        span: written.span,
        resource,
        // A parameter default can be overridden at deploy time: the failure needs the default to be kept.
        severity: parameter ? 'high' : severity,
        suggestion: json
          ? {
              before: `"${key}": ${JSON.stringify(domain)}`,
              after: `"${key}": { "Ref": "${parameter?.name ?? 'DomainName'}" }`,
            }
          : { before: `${key}: ${domain}`, after: `${key}: !Ref ${parameter?.name ?? 'DomainName'}` },
      });
    }
}
