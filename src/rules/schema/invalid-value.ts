import { canonicalArgumentName } from '../../model/names.js';
import type { Resource } from '../../model/types.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { pulumiResource, pulumiResourceForTerraformType, type PulumiResourceInfo } from '../../schema/pulumi-aws.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { checkCdkRuntimes, checkRuntimeArguments, checkTemplateRuntime } from './runtimes.js';
import { checkCdkValues, checkTemplateValues } from './template-properties.js';
import { checkBucketName } from './bucket-names.js';
import { resourcesOfType } from '../../model/query.js';
import { arg } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'schema/invalid-value',
    title: 'Value outside the allowed set',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A literal argument value outside the set or range the provider documents (e.g. log retention days, flow-log aggregation interval, Lambda timeout, SQS visibility timeout), or a deprecated value. An S3 bucket name, literal or built from literal text and input defaults, with a character S3 refuses (uppercase letters, underscores, `${...}` written into a plain string). In AWS CDK, the CloudFormation properties a construct sets (the props of an L1, the pass-through props of an L2) are checked against the specification, an enum member by its name (`ssm.ParameterType.SECURE_STRING` for an `AWS::SSM::Parameter` Type, which allows String and StringList). A Lambda runtime (in AWS CDK, the `Runtime` member that stands for it) is judged by its lifecycle on the day of the scan, from the schedule cfn-lint ships: critical once Lambda refuses it for new functions or updates, medium while it is deprecated but still deploys.',
    rationale:
      'The create call fails with a validation error (for a blocked runtime: "The runtime parameter ... is no longer supported for creating or updating functions"). A deprecated runtime still deploys until its create-block date, but gets no security patches.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated',
    fixable: 'none',
  },
  check(program, context) {
    if (program.framework === 'cloudformation') return checkTemplateValues(program, context);
    if (program.framework === 'cdk-ts' || program.framework === 'cdk-py') {
      for (const resource of program.resources) checkTemplateRuntime(program, resource, context);
      checkCdkValues(program, context);
      return checkCdkRuntimes(program, context);
    }
    for (const bucket of resourcesOfType(program, 'aws_s3_bucket')) {
      const name = arg(bucket, 'bucket');
      if (name) checkBucketName(program, context, bucket, name, argumentName(bucket, 'bucket'));
    }
    for (const resource of program.resources) {
      const runtimes = checkRuntimeArguments(
        program,
        resource,
        resource.args.entries.map(({ key }) => ({
          key,
          canonical: [resource.type, key],
          argument: argumentName(resource, key),
        })),
        describeResource(resource),
        context,
      );
      for (const [key, allowed] of allowedValues(resource)) {
        if (runtimes.has(key)) continue;
        const value = resource.args.entries.find((e) => e.key === key)?.value;
        if (value?.kind !== 'literal' || (typeof value.value !== 'string' && typeof value.value !== 'number')) continue;
        const written = value.value;
        const same = (v: string | number) =>
          typeof written === 'number' || typeof v === 'number'
            ? Number(v) === Number(written)
            : v.toLowerCase() === written.toLowerCase();
        const argument = argumentName(resource, key);
        if (allowed.deprecated.some(same)) {
          context.report({
            message: `${describeResource(resource)} sets ${argument} to ${JSON.stringify(written)}, which AWS has deprecated: it gets no security updates, and creating or updating resources with it is refused once its block date passes. Move to a supported value.`,
            span: value.span,
            resource,
          });
        } else if (
          allowed.range &&
          typeof written === 'number' &&
          (written < allowed.range.min || written > allowed.range.max)
        ) {
          context.report({
            message: `${describeResource(resource)} sets ${argument} to ${written}, outside the allowed range ${allowed.range.min} to ${allowed.range.max}.`,
            span: value.span,
            resource,
          });
        } else if (allowed.values && !allowed.values.some(same)) {
          context.report({
            message: `${describeResource(resource)} sets ${argument} to ${JSON.stringify(written)}, which is not an allowed value (${list(allowed.values)}).`,
            span: value.span,
            resource,
          });
        }
      }
    }
  },
});

type Allowed = NonNullable<PulumiResourceInfo['values']>[string];

/**
 * What each argument (canonical name) of a resource accepts: @pulumi/aws's
 * documented values, ranges and deprecated enum members (runtimes the
 * lifecycle data judges are left to it).
 */
function allowedValues(resource: Resource): Map<string, Allowed> {
  const allowed = new Map<string, Allowed>();
  const info = pulumiInfo(resource);
  if (info?.values) {
    const shape = resourceShape(resource.type);
    for (const [name, entry] of Object.entries(info.values)) allowed.set(canonicalArgumentName(name, shape), entry);
  }
  return allowed;
}

function pulumiInfo(resource: Resource): PulumiResourceInfo | undefined {
  if (resource.framework !== 'terraform') {
    const [, module, className] = resource.sourceType.split('.');
    if (module && className) return pulumiResource(module, className);
  }
  return pulumiResourceForTerraformType(resource.type);
}

function list(values: (string | number)[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}
