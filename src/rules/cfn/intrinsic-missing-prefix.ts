import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/intrinsic-missing-prefix',
    title: 'Intrinsic function written without its Fn:: prefix',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'A single-key object whose key is the name of an intrinsic function that takes the `Fn::` prefix, written without it (`{"If": [...]}`, `Sub: ...`), with the arguments of that function.',
    rationale:
      'CloudFormation recognises only `Fn::If`, `Fn::Sub`, ... (or the YAML short forms `!If`, `!Sub`): the object is passed to the property as it is, so the property gets an object instead of a value and the stack fails to create.',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const template = program.template;
    if (!template?.unprefixedIntrinsics) return;
    // One root cause (the template was written or converted without the prefixes): one finding
    // at the first place, the others as related locations.
    const [first, ...others] = template.unprefixedIntrinsics;
    if (!first) return;
    const { name, span } = first;
    // The key is what changes; the arguments stay as written.
    const before = template.syntax === 'json' ? `{ "${name}": ["..."] }` : `${name}: ["..."]`;
    const after = template.syntax === 'json' ? `{ "Fn::${name}": ["..."] }` : `Fn::${name}: ["..."]`;
    const more = others.length
      ? ` ${others.length} more intrinsic function${others.length === 1 ? ' lacks' : 's lack'} the prefix (${[...new Set(others.map((o) => o.name))].join(', ')}).`
      : '';
    context.report({
      message: `"${name}" is not an intrinsic function: CloudFormation reads only "Fn::${name}", so the property gets this object instead of its result and the stack fails. Write "Fn::${name}".${more}`,
      span,
      suggestion: { before, after },
      related: others.map((o) => ({ message: `"${o.name}" without "Fn::"`, span: o.span })),
    });
  },
});
