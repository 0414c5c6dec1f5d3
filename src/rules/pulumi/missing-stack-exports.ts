/**
 * pulumi/missing-stack-exports: components register outputs, but the program
 * exports nothing at the stack level.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'pulumi/missing-stack-exports',
    title: 'Component outputs never exported from the stack',
    severity: 'low',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'A Pulumi program whose components register outputs (`register_outputs` / `registerOutputs`) but which exports nothing at the stack level (`pulumi.export`, `export const`).',
    rationale:
      'Registered component outputs are not stack outputs: `pulumi stack output` is empty, so other stacks (StackReference), scripts and integration tests have nothing to read, and reviewers of this corpus flag it. Low: nothing fails to deploy, and 36 of about 470 corrected programs in the QA corpus passed without stack outputs.',
    docs: 'https://www.pulumi.com/docs/iac/concepts/stacks/#outputs',
    fixable: 'suggest',
  },
  check(program, context) {
    const [first] = program.registeredOutputs ?? [];
    if (!first || program.outputs.length > 0 || program.resources.length === 0) return;
    const python = program.framework === 'pulumi-py';
    context.report({
      message: `A component registers outputs here, but the program exports nothing from the stack (${python ? 'pulumi.export' : 'export const'}): \`pulumi stack output\` is empty and consumers have nothing to read. Export the values they need from the entry point.`,
      span: first,
      suggestion: python
        ? {
            before: 'stack = TapStack("tap-stack", args)',
            after: 'stack = TapStack("tap-stack", args)\npulumi.export("vpc_id", stack.vpc_id)',
          }
        : {
            before: "const stack = new TapStack('tap-stack', args);",
            after: "const stack = new TapStack('tap-stack', args);\nexport const vpcId = stack.vpcId;",
          },
    });
  },
});
