/**
 * wafv2/cloudfront-scope-region: a WAFv2 resource with scope CLOUDFRONT
 * created outside us-east-1.
 */
import type { Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { statedRegion } from '../resource-region.js';
import { defineRule } from '../rule.js';

const WAF_TYPES = new Set([
  'aws_wafv2_web_acl',
  'aws_wafv2_ip_set',
  'aws_wafv2_regex_pattern_set',
  'aws_wafv2_rule_group',
]);

export default defineRule({
  meta: {
    id: 'wafv2/cloudfront-scope-region',
    title: 'CloudFront-scoped WAF resource outside us-east-1',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A WAFv2 web ACL, IP set, regex pattern set or rule group with `scope = CLOUDFRONT` created through a provider whose region is not us-east-1.',
    rationale:
      'WAF manages CloudFront-scoped resources only in US East (N. Virginia): elsewhere the call fails ("WAFInvalidParameterException: ... scope"), and the distribution cannot use the ACL.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      if (!WAF_TYPES.has(resource.type)) continue;
      const scope = arg(resource, 'scope');
      if (stringValue(scope)?.toUpperCase() !== 'CLOUDFRONT' || !scope) continue;
      const region = statedRegion(program, resource);
      if (!region || region === 'us-east-1') continue;
      context.report({
        message: `${describeResource(resource)} has scope CLOUDFRONT but is created in ${region}: WAF accepts CloudFront-scoped resources only in us-east-1, so the deployment fails. Create it through a us-east-1 provider.`,
        span: scope.span,
        resource,
        suggestion: { before: `scope ${stringValue(scope)} in ${region}`, after: usEast1Provider(resource) },
      });
    }
  },
});

function usEast1Provider(resource: Resource): string {
  if (resource.framework === 'pulumi-ts')
    return "const usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });\n// and { provider: usEast1 } in the resource options";
  if (resource.framework === 'pulumi-py')
    return 'us_east_1 = aws.Provider("us-east-1", region="us-east-1")\n# and opts=pulumi.ResourceOptions(provider=us_east_1)';
  return 'provider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n}\n\n# and provider = aws.us_east_1 in the resource';
}
