/**
 * One line of words per requirement, for `preflight requirements`, finding
 * messages and the Markdown report.
 */
import type { Requirement, RuntimeWanted } from './types.js';

export function runtimeText(runtime: RuntimeWanted): string {
  return `${runtime.family}${runtime.version ? ` ${runtime.version.join('.')}` : ''}`;
}

export function describeRequirement(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'region':
      return `region: ${requirement.regions.join(requirement.each ? ' and ' : ' or ')}`;
    case 'ingress':
      return `ingress: only port${requirement.ports.length > 1 ? 's' : ''} ${requirement.ports.join(', ')} open to the internet`;
    case 'naming':
      return `naming: every name includes ${requirement.variable}`;
    case 'remote-state':
      return 'remote-state: a configured remote backend';
    case 'full-access':
      return `full-access: role ${requirement.role}`;
    case 'forbidden':
      return `forbidden: ${requirement.construct}`;
    case 'tags':
      return `tags: ${requirement.tags.map((t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`)).join(', ')}`;
    case 'service':
      return `service: ${requirement.service} (${requirement.types.join(' | ')})`;
    case 'setting':
      switch (requirement.setting) {
        case 'lambda-runtime':
          return `setting: lambda-runtime ${requirement.runtimes.map(runtimeText).join(' or ')}`;
        case 'encryption-at-rest':
          return `setting: ${requirement.setting} with ${requirement.key} keys${requirement.scope ? ` (${requirement.scope.join(', ')})` : ''}`;
        case 'lambda-env-encryption':
          return `setting: ${requirement.setting} with ${requirement.key} keys`;
        case 'lambda-env-variables':
          return `setting: lambda-env-variables ${requirement.names.join(', ')}`;
        case 'log-retention-days':
        case 'lambda-memory-mb':
        case 'lambda-timeout-seconds':
        case 'max-session-duration-seconds':
          return requirement.max !== undefined
            ? `setting: ${requirement.setting} between ${requirement.value} and ${requirement.max}`
            : `setting: ${requirement.setting} = ${requirement.value}`;
        default:
          return `setting: ${requirement.setting} = ${String(requirement.value)}`;
      }
  }
}

/** Where the requirement was read and what it says: `PROMPT.md:12 "..."`. */
export function quoteRequirement(requirement: Requirement, file = requirement.source.file): string {
  const text = requirement.source.text;
  const short = text.length > 140 ? `${text.slice(0, 137)}...` : text;
  return `${file}:${requirement.source.line} "${short}"`;
}
