/**
 * lifecycle/destroy-without-emptying: an AWS CDK bucket or repository the
 * program asks to delete with the stack (`RemovalPolicy.DESTROY`) but does not
 * let CDK empty first, so the deletion fails once it holds content.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { snakeCase } from '../../model/names.js';
import { boolValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { cdkRemovalPolicy } from './protection-arguments.js';

/** Constructs AWS deletes only when empty, and the props (TypeScript names, newest first) that have CDK empty them on deletion. */
const EMPTYING_PROPS: Record<string, string[]> = {
  'aws_s3.Bucket': ['autoDeleteObjects'],
  // `autoDeleteImages` is the deprecated name of `emptyOnDelete`.
  'aws_ecr.Repository': ['emptyOnDelete', 'autoDeleteImages'],
};

export default defineRule({
  meta: {
    id: 'lifecycle/destroy-without-emptying',
    title: 'Bucket or repository deleted with the stack but never emptied',
    severity: 'medium',
    frameworks: ['cdk-ts', 'cdk-py'],
    description:
      'An AWS CDK `s3.Bucket` with `removalPolicy: RemovalPolicy.DESTROY` (or `applyRemovalPolicy(RemovalPolicy.DESTROY)`) and no `autoDeleteObjects: true`; an `ecr.Repository` likewise without `emptyOnDelete: true`.',
    rationale:
      'CloudFormation deletes a bucket or repository only when it is empty: once the stack has written objects (logs, uploads, versions) or images into it, deleting the stack fails with "The bucket you tried to delete is not empty" and leaves the stack in DELETE_FAILED, although the program asked for the resource to go with it.',
    docs: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html#autodeleteobjects',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const names = resource.construct && EMPTYING_PROPS[resource.construct.api];
      if (!names) continue;
      const policy = cdkRemovalPolicy(program, resource);
      if (policy?.member !== 'DESTROY') continue;
      const python = resource.framework === 'cdk-py';
      const props = names.map((name) => cdkProp(resource.construct!.props, name));
      // Set to true, or to a value known only at synthesis (`autoDeleteObjects: !isProd`).
      if (props.some((value) => value && boolValue(value) !== false)) continue;
      const name = python ? snakeCase(names[0]) : names[0];
      const on = python ? `${name}=True,` : `${name}: true,`;
      context.report({
        message: `${describeResource(resource)} is deleted with the stack (${policy.text ?? 'RemovalPolicy.DESTROY'}) but has no ${name} set to true: once it holds content, deleting the stack fails ("not empty") and leaves it in DELETE_FAILED. Set ${name} to true, or keep the resource.`,
        span: policy.value.span,
        resource,
        suggestion: { before: '', after: on },
      });
    }
  },
});
