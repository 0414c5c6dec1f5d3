/**
 * cloudtrail/invalid-data-resource: a trail's S3 data event selector whose
 * value is not an S3 ARN CloudTrail takes: a bucket name without the ARN
 * prefix, or a wildcard for the bucket (an ARN whose bucket is `*`).
 */
import { isConditional, referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cloudtrail/invalid-data-resource',
    title: 'CloudTrail S3 data event selector value that is not an S3 ARN',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "A trail's event selector for S3 object data events (`AWS::S3::Object`) with a value that does not start with an ARN (a bucket name followed by `/`, written or read from a bucket's name or ID), whose bucket is a wildcard (`arn:aws:s3:::*/*`), or that is a bucket's ARN without the `/` that must follow it. High when the trail is conditional.",
    rationale:
      'PutEventSelectors refuses the selectors ("InvalidEventSelectorsException: Value arn:aws:s3:::*/* for DataResources.Values is invalid"), so the trail (in a template, the stack) fails to deploy. CloudTrail takes `arn:aws:s3` for every bucket, or a bucket\'s ARN followed by `/` and an optional object prefix.',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DataResource.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const trail of program.resources) {
      const names = TRAILS[trail.type];
      if (!names) continue;
      for (const selector of items(arg(trail, names.selectors)))
        for (const resource of items(field(selector, names.resources)))
          if (stringValue(field(resource, names.type)) === 'AWS::S3::Object')
            for (const value of items(field(resource, names.values))) checkValue(program, context, trail, value);
    }
  },
});

/** Where a trail lists its data resources, by vocabulary. */
const TRAILS: Record<string, { selectors: string; resources: string; type: string; values: string }> = {
  aws_cloudtrail: { selectors: 'event_selector', resources: 'data_resource', type: 'type', values: 'values' },
  'AWS::CloudTrail::Trail': { selectors: 'EventSelectors', resources: 'DataResources', type: 'Type', values: 'Values' },
};

const BUCKETS = new Set(['aws_s3_bucket', 'AWS::S3::Bucket']);

/** The attributes (and, in a template, the `Ref`) that give a bucket's name rather than its ARN. */
const BUCKET_NAME_ATTRIBUTES = new Set(['id', 'bucket', '']);

function checkValue(program: Program, context: RuleContext, trail: Resource, value: Value): void {
  const problem = problemOf(program, value);
  if (!problem) return;
  context.report({
    message: `${describeResource(trail)} selects S3 data events with ${problem}: CloudTrail refuses the event selectors ("InvalidEventSelectorsException: ... for DataResources.Values is invalid"). Use "arn:aws:s3" for every bucket, or a bucket's ARN followed by "/" (and an object prefix).`,
    span: value.span,
    resource: trail,
    severity: isConditional(program, trail) ? 'high' : 'critical',
  });
}

/** What is wrong with a data resource value, or undefined when it is valid or not known. */
function problemOf(program: Program, value: Value): string | undefined {
  const first = value.kind === 'template' ? value.parts[0] : value;
  const text = first?.kind === 'literal' && typeof first.value === 'string' ? first.value : undefined;
  if (text !== undefined) {
    const whole = value.kind === 'literal';
    if (!text.startsWith('arn:') && !(!whole && 'arn:'.startsWith(text))) return `${JSON.stringify(text)}, not an ARN`;
    const bucket = /^arn:[^:]+:s3:::([^/]*)/.exec(text)?.[1];
    if (bucket?.includes('*')) return `${JSON.stringify(text)}, a wildcard bucket`;
    return undefined;
  }
  // A value that starts with a bucket of the program: read by its name or ID, or its ARN with nothing after.
  if (first?.kind !== 'reference' || first.target.kind !== 'resource') return undefined;
  const bucket = referencedResource(program, first);
  const attribute = first.target.path.join('.');
  if (!bucket || !BUCKETS.has(bucket.type)) return undefined;
  if (BUCKET_NAME_ATTRIBUTES.has(attribute)) return `the name of ${describeResource(bucket)} where its ARN belongs`;
  // A bucket's ARN alone names no objects: CloudTrail takes it followed by `/` (and an object prefix).
  if (value === first && attribute.toLowerCase() === 'arn')
    return `the ARN of ${describeResource(bucket)} without the "/" that must follow it`;
  return undefined;
}
