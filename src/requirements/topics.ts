/**
 * What a requirement asks of the existing rules: each requirement has topics
 * (`forbidden:inline-policy`, `region`, `setting:lambda-env-encryption`...),
 * and a requirement-driven rule names the topics that switch it on
 * (`RuleMeta.requirementDriven`).
 */
import type { Rule } from '../rules/rule.js';
import type { Requirement } from './types.js';

export type RequirementTopic =
  | 'region'
  | 'naming'
  | 'tags'
  | 'remote-state'
  | `forbidden:${Extract<Requirement, { kind: 'forbidden' }>['construct']}`
  | `setting:${Extract<Requirement, { kind: 'setting' }>['setting']}`;

export function requirementTopic(requirement: Requirement): RequirementTopic | undefined {
  switch (requirement.kind) {
    case 'region':
    case 'naming':
    case 'tags':
    case 'remote-state':
      return requirement.kind;
    case 'forbidden':
      return `forbidden:${requirement.construct}`;
    case 'setting':
      return `setting:${requirement.setting}`;
    default:
      return undefined;
  }
}

/** The requirements that ask for what a requirement-driven rule checks (empty for other rules). */
export function requirementsAsking(rule: Rule, requirements: readonly Requirement[]): Requirement[] {
  const topics = rule.meta.requirementDriven?.topics;
  if (!topics) return [];
  return requirements.filter((requirement) => {
    const topic = requirementTopic(requirement);
    return topic !== undefined && topics.includes(topic);
  });
}
