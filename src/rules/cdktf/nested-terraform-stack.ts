/**
 * cdktf/nested-terraform-stack: a CDK for Terraform stack created inside
 * another stack (`new DataStack(this, 'data')` where both extend
 * TerraformStack). CDKTF synthesizes every stack on its own, with only the
 * providers of its own subtree, so the nested one is no part of its parent.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cdktf/nested-terraform-stack',
    title: 'CDK for Terraform stack created inside another stack',
    severity: 'critical',
    frameworks: ['cdktf-ts', 'cdktf-py'],
    description:
      'A class that extends TerraformStack created with another stack as its scope, as if it were a construct of that stack.',
    rationale:
      'CDKTF synthesizes each stack separately, and checks each against the providers of its own subtree: a nested stack whose resources use the parent\'s AWS provider stops synth with "Found resources without a matching provider construct". With a provider of its own it synthesizes as a stack apart, with its own state, which deploying the parent stack alone leaves out. A group of resources inside a stack is a Construct.',
    docs: 'https://developer.hashicorp.com/terraform/cdktf/concepts/stacks',
    fixable: 'none',
  },
  check(program, context) {
    for (const nested of program.nestedStacks ?? []) {
      const advice = `Make ${nested.child} extend Construct (from constructs), so that its resources are part of ${nested.parent} and use its provider`;
      if (nested.providers === 0 && nested.resources > 0)
        context.report({
          message: `${nested.child} extends TerraformStack and is created inside ${nested.parent}: CDKTF synthesizes it as a stack of its own, which declares no AWS provider, so synth stops with "Found resources without a matching provider construct". ${advice}.`,
          span: nested.span,
          related: [{ message: `${nested.child} created inside ${nested.parent}`, span: nested.createdAt }],
        });
      else if (nested.resources > 0)
        context.report({
          message: `${nested.child} extends TerraformStack and is created inside ${nested.parent}: CDKTF synthesizes it as a stack of its own, with its own state, which a deployment of ${nested.parent} alone leaves out. ${advice}.`,
          severity: 'low',
          span: nested.span,
          related: [{ message: `${nested.child} created inside ${nested.parent}`, span: nested.createdAt }],
        });
    }
  },
});
