/**
 * lambda/hardcoded-sdk-region: handler code that pins its AWS SDK clients to
 * a region written as a constant, instead of the region the function runs in.
 */
import { handlerFacts } from '../../readers/handlers/analyze.js';
import type { ObjectValue, Resource, Value } from '../../model/types.js';
import { isAwsRegion, offeredInEveryRegion } from '../../schema/aws-regions.js';
import { arg, asObject, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import {
  constantRegion,
  isCloudFrontCertificateRegion,
  onUnseenProvider,
  requestedRegions,
  statedRegion,
  statedRegions,
} from '../resource-region.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lambda/hardcoded-sdk-region',
    title: 'Handler pins its AWS SDK clients to a constant region',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "Lambda handler code that creates an AWS SDK client for a region written as a constant (`boto3.client('dynamodb', region_name='us-east-2')`, `new DynamoDBClient({ region: 'us-east-1' })`, `AWS.config.update({ region: ... })`), or that gives its clients the region of an environment variable (`os.environ['REGION']`, `process.env.REGION`) the program sets to a constant (reported at the variable). High when the program creates the function in another region, or the request names other regions; low when the request names that region (the pin only costs portability); medium otherwise (the program does not fix the function's region: always, in a template). Only clients of services offered in every region (botocore's endpoint data: DynamoDB, SQS, SNS, Lambda, ...; not Bedrock, SES, the Pricing API or global services such as IAM, which code may have to reach where they are offered), and not an S3 client (the SDKs follow S3's redirect to a bucket's region) or an ACM client in us-east-1 (where CloudFront takes certificates). Not when the region is one the program deploys to, nor for a function created through a provider whose region the program does not state, nor when the code pins several regions (multi-region logic), nor in a Lambda@Edge handler (code that reads a CloudFront event), which runs in the region nearest the viewer.",
    rationale:
      "Lambda sets AWS_REGION to the region the function runs in, and the SDK uses it when the code names none. A constant region sends every call there: deployed anywhere else, the function reads and writes tables, queues and topics that do not exist in that region (ResourceNotFoundException, QueueDoesNotExist, NotFound) or, worse, another deployment's.",
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
      const fn = handler.resource;
      if (fn && onUnseenProvider(program, fn)) continue;
      const environment = fn ? environmentOf(fn) : undefined;
      const pins = facts.clientRegions
        .map((pin) => {
          // A region the code reads from a variable the program sets to a constant.
          const entry = pin.variable ? environment?.entries.find((e) => e.key === pin.variable) : undefined;
          const region = pin.region ?? (entry && writtenIn(entry.value, fn!) ? stringValue(entry.value) : undefined);
          return { pin, entry, region: region ?? '' };
        })
        .filter(({ pin, region }) => isAwsRegion(region) && !expected(pin.service, region));
      // Code that pins clients to several regions works across regions on purpose (failover, replication).
      if (new Set(pins.map((p) => p.region)).size !== 1) continue;
      const runsIn = fn && statedRegion(program, fn);
      const owner = fn ? `${describeResource(fn)}'s handler` : 'This handler';
      for (const { pin, entry, region } of pins) {
        const at = entry?.value.span ?? pin.span;
        const key = `${at.file}:${at.start}`;
        if (seen.has(key) || deployedTo.has(region) || region === runsIn) continue;
        seen.add(key);
        const client = pin.service ? `its ${pin.service} client` : 'its SDK clients';
        const { message, severity } = entry
          ? verdict(
              `${describeResource(fn!)} sets ${entry.key}, the region its handler gives ${client}, to`,
              region,
              runsIn,
              requested,
              `Drop ${entry.key} and leave the region out: the SDK takes the region the function runs in from AWS_REGION.`,
            )
          : verdict(
              `${owner} pins ${client} to`,
              region,
              runsIn,
              requested,
              'Leave the region out: the SDK takes the region the function runs in from AWS_REGION.',
            );
        context.report({
          message,
          severity,
          span: at,
          resource: fn,
          // The handler's own language; a handler inlined in a template or program has the host's.
          suggestion: entry || handler.inline ? undefined : { before: pin.text, after: pin.withoutRegion },
        });
      }
    }
  },
});

/**
 * A literal written in the function's own declaration: a reader that inlines a named
 * constant (`REGION = config.aws_region`) leaves the constant's span, where the program
 * keeps its region setting.
 */
function writtenIn(value: Value, fn: Resource): boolean {
  return (
    value.kind === 'literal' &&
    value.span.file === fn.span.file &&
    fn.span.start <= value.span.start &&
    value.span.end <= fn.span.end
  );
}

/** A function's environment variables, as written. */
function environmentOf(fn: Resource): ObjectValue | undefined {
  const path = ENVIRONMENT_VARIABLES[fn.type];
  return path ? asObject(arg(fn, path)) : undefined;
}

/** Where a function's environment variables are, by resource type. */
const ENVIRONMENT_VARIABLES: Record<string, string> = {
  aws_lambda_function: 'environment.variables',
  'AWS::Lambda::Function': 'Environment.Variables',
  'AWS::Serverless::Function': 'Environment.Variables',
};

/** What a constant region does to the function's calls (the severity: constantRegion). */
function verdict(
  what: string,
  region: string,
  runsIn: string | undefined,
  requested: Set<string>,
  fix: string,
): { message: string; severity: 'high' | 'medium' | 'low' } {
  const found = constantRegion(region, runsIn, requested);
  const message =
    found.case === 'created-elsewhere'
      ? `${what} ${region}, but the function is created in ${found.createdIn}: its calls go to ${region}, where this program created nothing. ${fix}`
      : found.case === 'requested-elsewhere'
        ? `${what} ${region}, but the request deploys to ${found.requested.join(' or ')}: the function's calls go to ${region}, where this program's resources are not. ${fix}`
        : `${what} ${region}${found.requestNames ? ', the region the request names' : ''}: deployed to any other region, the function's calls still go to ${region} and miss the resources this program created. ${fix}`;
  return { message, severity: found.severity };
}

/**
 * A pin that may be deliberate: a service not offered in every region (Bedrock, SES, the
 * Pricing API; global ones such as IAM) is called where it is offered; an ACM client in
 * us-east-1 is where CloudFront takes certificates from; S3 bucket names are global, and
 * botocore and the JavaScript SDK v2 follow S3's redirect to a bucket's region.
 */
function expected(service: string | undefined, region: string): boolean {
  if (!service) return false;
  if (!offeredInEveryRegion(service) || service === 's3') return true;
  return isCloudFrontCertificateRegion(service, region);
}
