/**
 * files/missing-referenced-file: a Terraform module call whose local source
 * directory the Markdown answer never shows.
 */
import { answerDirectory, localModuleDirectory } from '../../model/answer-modules.js';
import { field } from '../../model/values.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'files/missing-referenced-file',
    title: 'Module source the answer does not provide',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'A module call whose local `source` directory holds no Terraform file (in an answer, a Markdown document: none of the answer’s files): the module the configuration needs is not part of what was delivered.',
    rationale:
      'terraform init fails ("Unreadable module directory") for a local module source that does not exist, so the answer cannot be deployed as given.',
    docs: 'https://developer.hashicorp.com/terraform/language/modules/sources#local-paths',
    fixable: 'none',
  },
  check(program, context) {
    if (!program.root.endsWith('#')) {
      // On disk, the reader has looked at each local source directory.
      for (const call of program.modules)
        if (call.sourceMissing)
          context.report({
            message: `Module "${call.name}" uses source "${call.source}", a directory with no Terraform file: terraform init fails ("Unreadable module directory"). Provide the module's files.`,
            span: field(call.args, 'source')?.span ?? call.span,
          });
      return;
    }
    // In an answer, the directories the delivery holds are those of its programs.
    if (answerDirectory(program) === undefined) return;
    const shown = new Set(
      (context.inputPrograms ?? []).filter((p) => p.framework === 'terraform').map((p) => answerDirectory(p)),
    );
    const reported = new Set<string>();
    for (const call of program.modules) {
      const directory = localModuleDirectory(program, call);
      if (directory === undefined || shown.has(directory) || reported.has(directory)) continue;
      // A directory holding shown modules below it is a container, not missing.
      if ([...shown].some((d) => d?.startsWith(`${directory}/`))) continue;
      reported.add(directory);
      context.report({
        message: `Module "${call.name}" uses source "${call.source}", which the answer never shows: terraform init fails ("Unreadable module directory"). Provide the module's files.`,
        span: field(call.args, 'source')?.span ?? call.span,
      });
    }
  },
});
