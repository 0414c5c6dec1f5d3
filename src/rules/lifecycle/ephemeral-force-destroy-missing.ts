/**
 * lifecycle/ephemeral-force-destroy-missing: a bucket or repository of an
 * ephemeral stack that cannot be deleted while it holds content.
 */
import { fixOf, insertArgument, replaceSpan, scalarSource } from '../../fix/edits.js';
import { arg, boolValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { EMPTIED_ON_DESTROY_TYPES, forceDestroyArgument } from './protection-arguments.js';

export default defineRule({
  meta: {
    id: 'lifecycle/ephemeral-force-destroy-missing',
    title: 'Bucket or repository of an ephemeral stack cannot be deleted with content',
    severity: 'high',
    frameworks: 'all',
    description:
      'With `profile: ephemeral`: an S3 bucket, ECR repository, backup vault or Route 53 zone without `force_destroy` (ECR: `force_delete`) set to true.',
    rationale:
      'AWS deletes a bucket, repository, vault or hosted zone only when it is empty: once tests have written objects, pushed images or added records, destroying the stack fails with BucketNotEmpty / RepositoryNotEmptyException and leaves it behind.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket#force_destroy-1',
    fixable: 'auto',
    profiles: ['ephemeral'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      if (!EMPTIED_ON_DESTROY_TYPES.has(resource.type)) continue;
      const name = forceDestroyArgument(resource.type);
      if (!name) continue;
      const value = arg(resource, name);
      const set = boolValue(value);
      if (set === true || (value && set === undefined)) continue; // true, or not known statically
      const written = argumentName(resource, name);
      const on = scalarSource(resource.framework, { kind: 'bool', value: true });
      context.report({
        message: `${describeResource(resource)} ${value ? `sets ${written} to false` : `does not set ${written}`}: once it holds content, destroying this ephemeral stack fails on it. Set ${written} to ${on}.`,
        span: value?.span ?? resource.headerSpan,
        resource,
        fix: fixOf(`Let ${resource.name} be deleted with its content`, [
          value ? replaceSpan(value.span, on) : insertArgument(resource, name, on),
        ]),
      });
    }
  },
});
