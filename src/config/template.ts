/**
 * The commented default `.preflight.yaml` that `preflight init` writes,
 * built from the rule registry so its option list never falls behind.
 */
import { RULES } from '../rules/index.js';
import { SEVERITIES } from '../rules/rule.js';
import { PROFILES } from './config.js';

export function defaultConfigText(): string {
  const lines = [
    '# preflight configuration (docs/configuration.md). Found from each scanned',
    '# program upwards; the nearest file wins; `preflight scan --config <file>` overrides.',
    '',
    `# What the stacks are for: ${PROFILES.join(' or ')}. ephemeral stacks must be destroyable`,
    '# (no protect/retainOnDelete/prevent_destroy, no deletion protection, buckets with force_destroy);',
    '# production stacks must protect their data (deletion protection on databases and tables).',
    '# Without a profile, neither set of lifecycle rules runs.',
    '# profile: ephemeral',
    '',
    '# The request the programs were written for: its requirements are checked (requirements/* rules)',
    '# and switch on the rules they name (docs/configuration.md). A Markdown answer uses the',
    '# PROMPT.md beside it unless this is set.',
    '# requirements: PROMPT.md',
    '',
    `# Per rule: off, a severity (${SEVERITIES.join(', ')}), or a mapping of severity and options.`,
    'rules:',
  ];
  const profileRules = RULES.filter((rule) => rule.meta.profiles);
  for (const rule of RULES) {
    const options = Object.entries(rule.meta.options ?? {});
    if (!options.length) continue;
    lines.push(`  # ${rule.meta.id}:`);
    for (const [name, option] of options)
      lines.push(`  #   ${name}: ${String(option.default)}  # ${option.description}`);
  }
  lines.push(
    '  # Examples:',
    '  # tags/hardcoded-environment: off',
    '  # iam/wildcard-resource: critical',
    `  # ${profileRules[0]?.meta.id ?? 'lifecycle/ephemeral-retained'}: high  # a profile rule named here runs whatever the profile`,
    '',
    '# Files to scan, as globs relative to this file (`**` crosses directories).',
    '# include:',
    "#   - 'infra/**'",
    '# exclude:',
    "#   - 'legacy/**'",
    "#   - '**/*.draft.tf'",
    '',
  );
  return lines.join('\n');
}
