/**
 * route53/reserved-domain: a public hosted zone or certificate for a domain
 * reserved for documentation (`example.com`, `example.net`, `example.org`).
 */
import { resourcesOfType } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { arg, items, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** The second-level domains RFC 2606 (section 3) reserves for examples. */
const RESERVED = ['example.com', 'example.net', 'example.org'];

export default defineRule({
  meta: {
    id: 'route53/reserved-domain',
    title: 'Hosted zone or certificate for a reserved example domain',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A public Route 53 hosted zone (critical; high behind `count` or `for_each`) or an ACM certificate (high) for `example.com`, `example.net`, `example.org` or a name under them: domains reserved for documentation (RFC 2606), which nobody can own.',
    rationale:
      'Route 53 refuses to create a public zone for them ("InvalidDomainName: example.com is reserved by AWS"), and a certificate for them never validates, so whatever waits for it (a CloudFront distribution, an HTTPS listener) times out.',
    docs: 'https://www.rfc-editor.org/rfc/rfc2606#section-3',
    fixable: 'suggest',
  },
  check(program, context) {
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
