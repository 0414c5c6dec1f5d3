import type { Backend, Program } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** What a comment says when the settings of a backend are left to `terraform init` on purpose. */
const PARTIAL_CONFIGURATION_NOTE =
  /\bpartial (backend|config)|-backend-config|\b(supplied|injected|provided|passed|filled|given|configured)\b.*\b(init|cli|command[- ]line|pipeline)\b/i;

/** Files that can hold a partial backend configuration (`terraform init -backend-config=...`). */
const PARTIAL_CONFIGURATION_EXTENSIONS = ['.conf', '.hcl', '.tfbackend'];

export default defineRule({
  meta: {
    id: 'terraform/empty-backend',
    title: 'Empty backend block without partial configuration',
    severity: 'low',
    requirementDriven: { topics: ['remote-state'], severity: 'medium' },
    frameworks: ['terraform'],
    description:
      'A `backend` block has no settings, no partial configuration file lies beside the module and no comment at the block says the settings come from `terraform init`. In a repository this is the documented partial configuration a pipeline fills in with `terraform init -backend-config`, so the rule reports it there only when the request asks for a configured remote state (or the configuration sets the rule); a Markdown answer, which hands over the whole program, is judged as it stands.',
    rationale:
      'An empty remote backend makes `terraform init` prompt for every setting (failing in CI), and the state location, locking and encryption are left to whoever runs it.',
    docs: 'https://developer.hashicorp.com/terraform/language/backend#partial-configuration',
    fixable: 'none',
  },
  check(program, context) {
    const partial = program.siblingFiles.some((f) => PARTIAL_CONFIGURATION_EXTENSIONS.some((e) => f.endsWith(e)));
    for (const backend of program.backends) {
      if (backend.config.entries.length > 0 || partial || backend.type === 'local') continue;
      if (documentedAsPartial(program, backend)) continue;
      const answer = program.files.some((f) => f.span(0, 0).file === backend.span.file && f.origins);
      context.report({
        // Code in a repository: the pipeline's `terraform init -backend-config` is outside the files read.
        onlyWhenRequested: !answer || undefined,
        message: `backend "${backend.type}" is empty and no partial configuration file (*.tfbackend, *.hcl, *.conf) is beside it; set bucket, key, region and locking, or commit the -backend-config file (or note at the block that terraform init -backend-config supplies them).`,
        span: backend.span,
      });
    }
  },
});

/**
 * A comment on the block, or on the lines just above it, saying the settings come from
 * `terraform init` (`# Partial backend config: values are injected at terraform init time`):
 * a partial configuration on purpose, filled in by the pipeline.
 */
function documentedAsPartial(program: Program, backend: Backend): boolean {
  return program.comments.some(
    (c) =>
      c.span.file === backend.span.file &&
      c.span.line >= backend.span.line - 2 &&
      c.span.line <= backend.span.endLine &&
      PARTIAL_CONFIGURATION_NOTE.test(c.text),
  );
}
