import { dependsOn, referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, boolValue, field, items, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Target blocks of a bucket notification. */
const TARGETS = ['lambda_function', 'queue', 'topic'];

export default defineRule({
  meta: {
    id: 's3/duplicate-bucket-notification',
    title: 'Conflicting or incomplete S3 bucket notification',
    severity: 'high',
    frameworks: 'all',
    description:
      'More than one notification resource for one bucket, a notification with no targets, or a Lambda notification without a matching `lambda` permission it depends on.',
    rationale:
      'A bucket has exactly one notification configuration: each notification resource overwrites the others on every deployment. S3 validates Lambda destinations when the configuration is written, so it fails unless the invoke permission exists first.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-enable-disable-notification-intro.html',
    fixable: 'none',
  },
  check(program, context) {
    const notifications = resourcesOfType(program, 'aws_s3_bucket_notification');
    const byBucket = new Map<string, Resource[]>();
    for (const notification of notifications) {
      const key = bucketKey(program, arg(notification, 'bucket'));
      if (key) byBucket.set(key, [...(byBucket.get(key) ?? []), notification]);
    }
    for (const group of byBucket.values())
      for (const extra of group.slice(1))
        context.report({
          message: `${describeResource(extra)} configures the same bucket as ${describeResource(group[0])}; a bucket has one notification configuration, so each deployment overwrites the other. Merge their targets into one notification resource.`,
          span: extra.headerSpan,
          resource: extra,
          related: [{ message: 'first notification of this bucket', span: group[0].headerSpan }],
        });
    for (const notification of notifications) {
      const targets = TARGETS.flatMap((t) => items(arg(notification, t)));
      const explicitEmpty = TARGETS.map((t) => arg(notification, t)).find((v) => v?.kind === 'list');
      if (targets.length === 0 && boolValue(arg(notification, 'eventbridge')) !== true) {
        const unknown = TARGETS.some((t) => {
          const v = arg(notification, t);
          return v !== undefined && v.kind !== 'list';
        });
        if (!unknown)
          context.report({
            message: `${describeResource(notification)} has no targets${explicitEmpty ? ` (${argumentName(notification, 'lambda_functions')} is empty)` : ''}; it clears the bucket's notifications, and any other notification resource for the bucket is overwritten by it. Remove it, or give it the Lambda, queue or topic targets.`,
            span: explicitEmpty?.span ?? notification.headerSpan,
            resource: notification,
          });
      }
      for (const target of items(arg(notification, 'lambda_function'))) {
        const fn = referencedResource(program, field(target, 'lambda_function_arn'));
        if (!fn || fn.type !== 'aws_lambda_function') continue;
        const permissions = resourcesOfType(program, 'aws_lambda_permission').filter((p) => grantsS3(program, p, fn));
        if (permissions.some((p) => dependsOn(program, notification, p))) continue;
        if (permissions.length === 0 && !permissionsAreUnknown(program))
          context.report({
            message: `${describeResource(notification)} sends events to ${describeResource(fn)}, but no aws.lambda.Permission lets s3.amazonaws.com invoke it; S3 rejects the configuration ("Unable to validate the following destination configurations"). Add the permission and make the notification depend on it.`,
            span: target.span,
            resource: notification,
          });
        else if (permissions.length > 0)
          context.report({
            message: `${describeResource(notification)} does not depend on ${describeResource(permissions[0])}, which lets S3 invoke ${describeResource(fn)}; if the notification is written first, S3 rejects it. Add the permission to its depends_on.`,
            span: notification.headerSpan,
            resource: notification,
            related: [{ message: 'the permission', span: permissions[0].headerSpan }],
          });
      }
    }
  },
});

/** What identifies the bucket: the bucket resource referenced, or its known name. */
function bucketKey(program: Program, value: Value | undefined): string | undefined {
  const bucket = referencedResource(program, value);
  if (bucket) {
    const name = stringValue(arg(bucket, 'bucket'));
    return name !== undefined ? `name:${name}` : `resource:${bucket.type}.${bucket.name}`;
  }
  const name = stringValue(value);
  return name !== undefined ? `name:${name}` : undefined;
}

function grantsS3(program: Program, permission: Resource, fn: Resource): boolean {
  const principal = stringValue(arg(permission, 'principal'));
  if (principal !== undefined && principal !== 's3.amazonaws.com') return false;
  const target = arg(permission, 'function_name') ?? arg(permission, 'function');
  if (referencedResource(program, target) === fn) return true;
  const name = stringValue(target);
  return (
    name !== undefined && (name === stringValue(arg(fn, 'function_name')) || name === stringValue(arg(fn, 'name')))
  );
}

/** Some S3 permission names its function in a way that cannot be followed: do not claim it is missing. */
function permissionsAreUnknown(program: Program): boolean {
  return resourcesOfType(program, 'aws_lambda_permission').some((p) => {
    const principal = stringValue(arg(p, 'principal'));
    const target = arg(p, 'function_name') ?? arg(p, 'function');
    return (principal === undefined || principal === 's3.amazonaws.com') && !referencedResource(program, target);
  });
}
