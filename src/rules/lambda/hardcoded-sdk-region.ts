/**
 * lambda/hardcoded-sdk-region: handler code that pins its AWS SDK clients to
 * a region written as a constant, instead of the region the function runs in.
 */
import { handlerFacts } from '../../readers/handlers/analyze.js';
import type { ClientRegion } from '../../readers/handlers/client-regions.js';
import { isAwsRegion, offeredInEveryRegion } from '../../schema/aws-regions.js';
import { describeResource } from '../describe.js';
import { requestedRegions, statedRegion, statedRegions } from '../resource-region.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lambda/hardcoded-sdk-region',
    title: 'Handler pins its AWS SDK clients to a constant region',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "Lambda handler code that creates an AWS SDK client for a region written as a constant (`boto3.client('dynamodb', region_name='us-east-2')`, `new DynamoDBClient({ region: 'us-east-1' })`, `AWS.config.update({ region: ... })`). High when the program creates the function in another region, or the request names other regions; low when the request names that region (the pin only costs portability); medium otherwise (the program does not fix the function's region: always, in a template). Only clients of services offered in every region (botocore's endpoint data: DynamoDB, SQS, SNS, Lambda, ...; not Bedrock, SES, the Pricing API or global services such as IAM, which code may have to reach where they are offered), and not an S3 client (the SDKs follow S3's redirect to a bucket's region) or an ACM client in us-east-1 (where CloudFront takes certificates). Not when the region is one the program deploys to, nor when the code pins several regions (multi-region logic), nor in a Lambda@Edge handler (code that reads a CloudFront event), which runs in the region nearest the viewer.",
    rationale:
      "Lambda sets AWS_REGION to the region the function runs in, and the SDK uses it when the code names none. A constant region sends every call there: deployed anywhere else, the function reads and writes tables, queues and buckets that do not exist in that region (ResourceNotFoundException, NoSuchBucket) or, worse, another deployment's.",
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime',
    fixable: 'suggest',
  },
  check(program, context) {
    const deployedTo = statedRegions(program);
    const requested = requestedRegions(context.requirements);
    const seen = new Set<string>();
    for (const handler of program.handlers) {
      const facts = handlerFacts(handler);
      // Lambda@Edge runs in the region nearest the viewer: its data lives in a region it must name.
      if (facts.readsCloudFrontEvent) continue;
      const pins = facts.clientRegions.filter((pin) => isAwsRegion(pin.region) && !expected(pin));
      // Code that pins clients to several regions works across regions on purpose (failover, replication).
      if (new Set(pins.map((pin) => pin.region)).size !== 1) continue;
      const runsIn = handler.resource && statedRegion(program, handler.resource);
      const owner = handler.resource ? `${describeResource(handler.resource)}'s handler` : 'This handler';
      for (const pin of pins) {
        const key = `${pin.span.file}:${pin.span.start}`;
        if (seen.has(key) || deployedTo.has(pin.region) || pin.region === runsIn) continue;
        seen.add(key);
        const client = pin.service ? `its ${pin.service} client` : 'its SDK clients';
        const fix = `Leave the region out: the SDK takes the region the function runs in from AWS_REGION.`;
        const { message, severity } = runsIn
          ? {
              message: `${owner} pins ${client} to ${pin.region}, but the function is created in ${runsIn}: its calls go to ${pin.region}, where this program created nothing. ${fix}`,
              severity: 'high' as const,
            }
          : requested.size && !requested.has(pin.region)
            ? {
                message: `${owner} pins ${client} to ${pin.region}, but the request deploys to ${[...requested].join(' or ')}: the function's calls go to ${pin.region}, where this program's resources are not. ${fix}`,
                severity: 'high' as const,
              }
            : {
                message: `${owner} pins ${client} to ${pin.region}${requested.has(pin.region) ? ', the region the request names' : ''}: deployed to any other region, the function's calls still go to ${pin.region} and miss the resources this program created. ${fix}`,
                // The request fixes the region: the pin only costs the program its portability.
                severity: requested.has(pin.region) ? ('low' as const) : ('medium' as const),
              };
        context.report({
          message,
          severity,
          span: pin.span,
          resource: handler.resource,
          // The handler's own language; a handler inlined in a template or program has the host's.
          suggestion: handler.inline ? undefined : { before: pin.text, after: pin.withoutRegion },
        });
      }
    }
  },
});

/**
 * A pin that may be deliberate: a service not offered in every region (Bedrock, SES, the
 * Pricing API; global ones such as IAM) is called where it is offered; an ACM client in
 * us-east-1 is where CloudFront takes certificates from; S3 bucket names are global, and
 * botocore and the JavaScript SDK v2 follow S3's redirect to a bucket's region.
 */
function expected(pin: ClientRegion): boolean {
  if (!pin.service) return false;
  if (!offeredInEveryRegion(pin.service) || pin.service === 's3') return true;
  return pin.service === 'acm' && pin.region === 'us-east-1';
}
