import { isMacroExpanded, visitSpecifiedObjects } from '../../model/cloudformation-query.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'schema/missing-required-property',
    title: 'Required property missing',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'A resource, or a nested property object, without a property the CloudFormation resource specification marks required (e.g. a DynamoDB global secondary index without `Projection`).',
    rationale:
      'CloudFormation rejects the resource: "Model validation failed (#: required key [X] not found)" or "Property X cannot be empty".',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    if (!template || isMacroExpanded(template)) return;
    for (const resource of program.resources)
      visitSpecifiedObjects(resource, ({ object, shape, path }) => {
        const present = new Set(object.entries.map((e) => e.key));
        // A misspelled property (`RoleArn` for `RoleARN`) is reported once, by schema/unknown-property.
        const misspelled = object.entries.map((e) => e.key).filter((key) => !Object.hasOwn(shape.p, key));
        const missing = (shape.r ?? []).filter(
          (name) => !present.has(name) && !misspelled.some((key) => closestCfnName(key, [name]) === name),
        );
        if (!missing.length) return;
        const where = path.length
          ? `${path.join('.')} of ${resource.type} "${resource.name}"`
          : `${resource.type} "${resource.name}"`;
        context.report({
          message: `${where} lacks the required propert${missing.length > 1 ? 'ies' : 'y'} ${missing.join(', ')}. CloudFormation rejects the resource.`,
          span: path.length ? object.span : resource.headerSpan,
          resource,
        });
      });
  },
});
