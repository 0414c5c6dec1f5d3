/**
 * route53/reserved-domain: a public hosted zone or certificate for a domain
 * reserved for documentation (`example.com`, `example.net`, `example.org`).
 */
import { resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, items, stringValue } from '../../model/values.js';
import { input } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
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
      const reserved = domain && RESERVED.find((r) => domain === r || domain.endsWith(`.${r}`));
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

function reservedParent(name: string | undefined): { domain: string; reserved: string } | undefined {
  const domain = name?.toLowerCase().replace(/\.$/, '');
  const reserved = domain ? RESERVED.find((r) => domain === r || domain.endsWith(`.${r}`)) : undefined;
  return domain && reserved ? { domain, reserved } : undefined;
}

/**
 * Templates: a public `AWS::Route53::HostedZone` (no `VPCs`) `Name`, or an
 * `AWS::CertificateManager::Certificate` `DomainName`, that is a reserved
 * domain, written there or as the default of the parameter it takes (high:
 * creating the stack with its defaults fails).
 */
function checkTemplate(program: Program, context: RuleContext): void {
  const idiom = idiomOf('cloudformation', program)!;
  const parameters = new Map((program.template?.parameters ?? []).map((p) => [p.name, p]));
  const targets: [Resource, string, string][] = [
    ...resourcesOfType(program, 'AWS::Route53::HostedZone')
      .filter((zone) => items(arg(zone, 'VPCs')).length === 0)
      .map((zone): [Resource, string, string] => [
        zone,
        'Name',
        'Route 53 refuses to create a public hosted zone for it',
      ]),
    ...resourcesOfType(program, 'AWS::CertificateManager::Certificate').map(
      (certificate): [Resource, string, string] => [
        certificate,
        'DomainName',
        'the certificate can never be validated',
      ],
    ),
  ];
  const reportedDefaults = new Set<string>();
  for (const [resource, key, consequence] of targets) {
    const value = arg(resource, key);
    if (!value) continue;
    const parameter =
      value.kind === 'reference' && value.target.kind === 'var' ? parameters.get(value.target.name) : undefined;
    const shown = parameter?.default ?? value;
    const found = reservedParent(stringValue(shown));
    if (!found || (parameter && reportedDefaults.has(parameter.name))) continue;
    if (parameter) reportedDefaults.add(parameter.name);
    const where = `${found.domain}${found.domain === found.reserved ? '' : `, under ${found.reserved}`}`;
    context.report({
      message: parameter
        ? `Parameter "${parameter.name}" defaults to ${where}, a domain reserved for documentation, and ${describeResource(resource)} takes it as its ${key}: ${consequence}. Give the parameter no default (or one you own).`
        : `${describeResource(resource)} uses ${where}, a domain reserved for documentation: ${consequence}. Use a domain you own, given as a parameter.`,
      span: shown.span,
      resource: parameter ? undefined : resource,
      severity: parameter || key === 'DomainName' ? 'high' : 'critical',
      related: parameter ? [{ message: `used as the ${key} here`, span: value.span }] : undefined,
      // A parameter's fix is to drop its default, which no suggestion shows better than the message.
      suggestion: parameter
        ? undefined
        : {
            before: idiom.mapEntry(key, { kind: 'literal', value: found.domain }),
            after: idiom.mapEntry(key, input('DomainName')),
          },
    });
  }
}
