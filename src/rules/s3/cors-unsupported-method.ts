/**
 * s3/cors-unsupported-method: an S3 CORS rule that allows a method S3's CORS
 * configuration does not take (`OPTIONS`, `PATCH`, `*`…).
 */
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** The methods an S3 CORS rule may allow (the S3 API reference's CORSRule.AllowedMethods). */
const ALLOWED_METHODS = ['GET', 'PUT', 'HEAD', 'POST', 'DELETE'];

export default defineRule({
  meta: {
    id: 's3/cors-unsupported-method',
    title: 'S3 CORS rule allowing a method S3 does not take',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description: `An S3 bucket CORS rule whose allowed methods include one other than ${ALLOWED_METHODS.join(', ')} (such as OPTIONS, which S3 answers for every CORS rule by itself, or \`*\`). High when the bucket configuration is conditional.`,
    rationale:
      'PutBucketCors refuses the whole configuration ("InvalidRequest: Found unsupported HTTP method in CORS config. Unsupported method is OPTIONS"): the bucket (in a template, the stack) fails to deploy. S3 answers preflight OPTIONS requests from the rules themselves, so OPTIONS never needs allowing.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_CORSRule.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const type of ['aws_s3_bucket_cors_configuration', 'aws_s3_bucket'])
      for (const resource of resourcesOfType(program, type))
        for (const rule of items(arg(resource, 'cors_rule')))
          checkMethods(program, context, resource, field(rule, 'allowed_methods'));
    for (const bucket of resourcesOfType(program, 'AWS::S3::Bucket'))
      for (const rule of items(arg(bucket, 'CorsConfiguration.CorsRules')))
        checkMethods(program, context, bucket, field(rule, 'AllowedMethods'));
  },
});

function checkMethods(program: Program, context: RuleContext, resource: Resource, methods: Value | undefined): void {
  for (const method of items(methods)) {
    const name = stringValue(method);
    if (method.kind !== 'literal' || name === undefined || ALLOWED_METHODS.includes(name.toUpperCase())) continue;
    context.report({
      message: `${describeResource(resource)} allows ${JSON.stringify(name)} in a CORS rule, a method S3 does not take: PutBucketCors refuses the configuration ("Found unsupported HTTP method in CORS config. Unsupported method is ${name}"). Allow only ${ALLOWED_METHODS.join(', ')}${name.toUpperCase() === 'OPTIONS' ? '; S3 answers preflight OPTIONS requests by itself' : ''}.`,
      span: method.span,
      resource,
      severity: isConditional(program, resource) ? 'high' : 'critical',
    });
  }
}
