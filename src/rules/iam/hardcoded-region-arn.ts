/**
 * iam/hardcoded-region-arn: a policy that grants on resources by an ARN whose
 * region is written as a constant, instead of the region the program deploys to.
 */
import type { Framework, PolicyString } from '../../model/types.js';
import { UNKNOWN_PART } from '../../model/values.js';
import { writtenText, type SourceFile } from '../../model/source.js';
import { isAwsRegion, offeredInEveryRegion } from '../../schema/aws-regions.js';
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

/** How each language names the region the program deploys to. */
const CURRENT_REGION: Record<Framework, string> = {
  terraform: 'data.aws_region.current.region',
  'pulumi-ts': 'aws.getRegionOutput().region',
  'pulumi-py': 'aws.get_region_output().region',
  cloudformation: '${AWS::Region} in Fn::Sub',
  'cdk-ts': 'cdk.Aws.REGION (or this.region)',
  'cdk-py': 'cdk.Aws.REGION (or self.region)',
  'cdktf-ts': "new DataAwsRegion(this, 'current').region",
  'cdktf-py': 'DataAwsRegion(self, "current").region',
};

export default defineRule({
  meta: {
    id: 'iam/hardcoded-region-arn',
    title: 'Policy ARN with a constant region',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "An Allow statement whose resource ARN is written with a region (not one read from an input or a named setting of the program) (`arn:aws:logs:us-west-1:*:*`, `!Sub arn:aws:ssm:us-east-1:${AWS::AccountId}:parameter/app/*`). High when the program creates the policy in another region, or the request names other regions; low when the request names that region (the constant only costs portability); medium otherwise (the program does not fix its region: always, in a template). Not in a policy that names several regions (replication, failover), only ARNs of services offered in every region (botocore's endpoint data), not a region the program deploys to (cross-region access is deliberate there) nor a policy created through a provider whose region the program does not state, and not an ACM ARN in us-east-1 (where CloudFront takes certificates).",
    rationale:
      "A grant on another region's resources matches nothing the program creates where it is deployed: the function or instance gets AccessDenied on its own log group, parameters or table (a Lambda without logs fails silently), and the policy grants on resources nobody meant. Reading the region the stack is deployed to keeps the policy right in every region.",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
    fixable: 'none',
  },
  check(program, context) {
    const deployedTo = statedRegions(program);
    const requested = requestedRegions(context.requirements);
    const seen = new Set<string>();
    for (const policy of program.policies) {
      const owner = policy.owner?.resource;
      if (owner && onUnseenProvider(program, owner)) continue;
      const createdIn = owner && statedRegion(program, owner);
      const grants = policy.statements
        .filter((statement) => statement.effect === 'Allow')
        .flatMap((statement) =>
          statement.resources.map((resource) => ({ resource, arn: regionOf(resource, program.files) })),
        );
      // A policy that names several regions spans them on purpose (replication, failover).
      if (new Set(grants.map((g) => g.arn?.region).filter(Boolean)).size > 1) continue;
      for (const { resource, arn } of grants) {
        if (!arn || deployedTo.has(arn.region) || arn.region === createdIn) continue;
        const key = `${resource.span.file}:${resource.span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const who = owner ? `The policy of ${describeResource(owner)}` : 'The policy';
        const fix = `Build the ARN from the region the program deploys to: ${CURRENT_REGION[program.framework]}.`;
        const verdict = constantRegion(arn.region, createdIn, requested);
        const grants = `${who} grants on ${arn.text}, in ${arn.region}`;
        const misses = `the grant matches none of this program's ${arn.service} resources`;
        const message =
          verdict.case === 'created-elsewhere'
            ? `${grants}, but the program deploys it to ${verdict.createdIn}: ${misses}. ${fix}`
            : verdict.case === 'requested-elsewhere'
              ? `${grants}, but the request deploys to ${verdict.requested.join(' or ')}: ${misses}. ${fix}`
              : `${grants}${verdict.requestNames ? ', the region the request names' : ''}: deployed to any other region, it matches none of this program's ${arn.service} resources there. ${fix}`;
        context.report({ message, severity: verdict.severity, span: resource.span, resource: owner });
      }
    }
  },
});

/**
 * The service and region of an ARN written with a constant region
 * (`arn:aws:logs:us-west-1:...`, the region written in the ARN), for services offered in every region; not an
 * ACM certificate in us-east-1, where CloudFront reads certificates from.
 */
function regionOf(
  resource: PolicyString,
  files: readonly SourceFile[],
): { text: string; service: string; region: string } | undefined {
  const text = resource.value ?? resource.shape;
  if (!text?.startsWith('arn:')) return undefined;
  const [, , service, region] = text.split(':');
  if (!service || !region || !isAwsRegion(region) || !offeredInEveryRegion(service)) return undefined;
  if (isCloudFrontCertificateRegion(service, region)) return undefined;
  // Written in the ARN itself: a region read from the program's own setting (`{config.aws_region}`) is not a constant here.
  if (!writtenText(files, resource.span)?.includes(region)) return undefined;
  // Parts known only at deploy time (the account, a name) are shown as `…`.
  return { text: text.split(UNKNOWN_PART).join('…'), service, region };
}
