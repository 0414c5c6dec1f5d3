import { relative } from 'node:path';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/fmt',
    title: 'File not in terraform fmt layout',
    severity: 'low',
    frameworks: ['terraform'],
    description:
      'A Terraform file departs from the canonical `terraform fmt` layout: indentation other than two spaces per level, or `=` signs of consecutive attributes not aligned.',
    rationale:
      'CI pipelines commonly run `terraform fmt -check` and fail on unformatted files; unaligned code also hides real changes in reviews.',
    docs: 'https://developer.hashicorp.com/terraform/cli/commands/fmt',
    fixable: 'auto',
  },
  check(program, context) {
    for (const { file, issues } of program.layout) {
      const lines = new Set(issues.map((i) => `${i.span.file}:${i.span.line}`));
      const [first] = issues;
      // The file as the module names it: messages must not depend on where the checkout is.
      const name = relative(program.root, file.path) || file.path;
      context.report({
        message: `${name} is not in terraform fmt layout: ${lines.size} line${lines.size === 1 ? '' : 's'} to change, the first to ${first.description}. Run terraform fmt.`,
        span: first.span,
        fix: { description: `Format ${name} as terraform fmt does`, edits: issues.map((i) => i.edit) },
      });
    }
  },
});
