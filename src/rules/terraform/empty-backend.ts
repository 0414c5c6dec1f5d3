import { defineRule } from '../rule.js';

/** Files that can hold a partial backend configuration (`terraform init -backend-config=...`). */
const PARTIAL_CONFIGURATION_EXTENSIONS = ['.conf', '.hcl', '.tfbackend'];

export default defineRule({
  meta: {
    id: 'terraform/empty-backend',
    title: 'Empty backend block without partial configuration',
    severity: 'medium',
    frameworks: ['terraform'],
    description: 'A `backend` block has no settings and no partial configuration file lies beside the module.',
    rationale:
      'An empty remote backend makes `terraform init` prompt for every setting (failing in CI), and the state location, locking and encryption are left to whoever runs it.',
    docs: 'https://developer.hashicorp.com/terraform/language/backend#partial-configuration',
    fixable: 'none',
  },
  check(program, context) {
    const partial = program.siblingFiles.some((f) => PARTIAL_CONFIGURATION_EXTENSIONS.some((e) => f.endsWith(e)));
    for (const backend of program.backends) {
      if (backend.config.entries.length > 0 || partial || backend.type === 'local') continue;
      context.report({
        message: `backend "${backend.type}" is empty and no partial configuration file (*.tfbackend, *.hcl, *.conf) is beside it; set bucket, key, region and locking, or commit the -backend-config file.`,
        span: backend.span,
      });
    }
  },
});
