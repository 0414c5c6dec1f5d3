/**
 * naming/hardcoded-environment-in-name: a name built from the environment
 * input that also spells a stage (`prod`, `dev`…) as a constant.
 */
import type { Program, Resource, TemplateValue, Value } from '../../model/types.js';
import { sourceText } from '../../fix/edits.js';
import { stringValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { wordsOf } from './environment-iteration.js';

/** Inputs that carry the environment or the deployment's suffix. */
const ENVIRONMENT_INPUT = /env(ironment)?|stage|suffix/i;
const NOT_ENVIRONMENT = /region|account|tags?$/i;
/** Words that name a stage. */
const STAGES = new Set(['prod', 'production', 'prd', 'staging', 'stg', 'dev', 'development', 'qa', 'uat']);

export default defineRule({
  meta: {
    id: 'naming/hardcoded-environment-in-name',
    title: 'Stage hard-coded in a name built from the environment input',
    severity: 'low',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A name (or `Name` tag) that interpolates the environment input and also spells a stage as a constant, such as `app-prod-${var.environment_suffix}`.',
    rationale:
      'Every deployment, dev and PR stacks included, carries the constant stage in its names: operators, dashboards and cost reports read test stacks as production (or the reverse).',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/naming-and-tagging.html',
    fixable: 'suggest',
  },
  check(program, context) {
    // A stage word the program names its own resources after is a role in the design
    // (the "production" VPC peered with a partner's), not the stage of one deployment.
    const roles = new Set(program.resources.flatMap((r) => wordsOf(r.name)));
    const seen = new Set<string>();
    const visit = (value: Value, resource?: Resource) =>
      walkValue(value, (node) => {
        if (node.kind !== 'template') return;
        const found = hardcodedStage(node);
        if (!found || roles.has(found.stage)) return;
        const key = `${node.span.file}:${node.span.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        context.report({
          message:
            `${resource ? `${describeResource(resource)}: ` : ''}${sourceText(program, node.span) ?? 'this name'} spells the stage "${found.stage}" as a constant although it is built from the environment input ${found.input}: ` +
            `every stack, dev and PR stacks included, is named "${found.stage}". Drop the constant stage or take it from an input.`,
          span: node.span,
          resource,
          suggestion: withoutStageSuggestion(program, node, found.stage),
        });
        return false;
      });
    for (const resource of program.resources)
      // A resource that names several stages (a pipeline deploying to staging, then production) orchestrates them.
      // (Asked only of a resource with a candidate: splitting every constant into words was most of this rule's time.)
      if (holdsHardcodedStage(resource.args) && stagesIn(resource.args).size < 2) visit(resource.args, resource);
    for (const value of program.locals.values()) visit(value);
  },
});

/** The constant stage and the environment input of a name-like template (no spaces), when it has both. */
function hardcodedStage(template: TemplateValue): { stage: string; input: string } | undefined {
  let input: string | undefined;
  const tokens: string[] = [];
  for (const part of template.parts) {
    const text = part.kind === 'literal' ? stringValue(part) : undefined;
    if (text !== undefined) {
      // Prose (a description) is not a name.
      if (/\s/.test(text)) return undefined;
      tokens.push(...wordsOf(text));
      continue;
    }
    if (part.kind !== 'reference') continue;
    const target = part.target;
    if (target.kind !== 'var' && target.kind !== 'config' && target.kind !== 'env') continue;
    if (ENVIRONMENT_INPUT.test(target.name) && !NOT_ENVIRONMENT.test(target.name)) input ??= target.name;
  }
  const stage = tokens.find((word) => STAGES.has(word));
  return input && stage ? { stage, input } : undefined;
}

/** Whether a value holds a name-like template with a constant stage anywhere: what `visit` may report. */
function holdsHardcodedStage(value: Value): boolean {
  let found = false;
  walkValue(value, (node) => {
    if (found) return false;
    if (node.kind === 'template' && hardcodedStage(node)) found = true;
  });
  return found;
}

/** The spellings of one stage (`prod`, `production`, `prd`). */
function sameStage(word: string): string[] {
  for (const group of [
    ['prod', 'production', 'prd'],
    ['staging', 'stg'],
    ['dev', 'development'],
  ])
    if (group.includes(word)) return group;
  return [word];
}

/** The stages the constant strings of a value name. */
function stagesIn(value: Value): Set<string> {
  const stages = new Set<string>();
  walkValue(value, (node) => {
    const text = node.kind === 'literal' ? stringValue(node) : undefined;
    for (const word of text ? wordsOf(text) : []) if (STAGES.has(word)) stages.add(sameStage(word)[0]);
  });
  return stages;
}

/**
 * The name as written with the constant stage (and one separator beside it)
 * taken out of the literal text that spells it: `orders-prod-${suffix}` →
 * `orders-${suffix}`. Only where the literal's source is the stage word
 * between separators; a stage inside a camelCase word is left to the author.
 */
function withoutStageSuggestion(
  program: Program,
  template: TemplateValue,
  stage: string,
): { before: string; after: string } | undefined {
  const whole = sourceText(program, template.span);
  if (!whole) return undefined;
  for (const part of template.parts) {
    if (part.kind !== 'literal') continue;
    const text = sourceText(program, part.span);
    const offset = part.span.start - template.span.start;
    if (!text || offset < 0 || whole.slice(offset, offset + text.length) !== text) continue;
    const pieces = text.split(/([-_./])/);
    const i = pieces.findIndex((piece) => piece.toLowerCase() === stage);
    if (i < 0) continue;
    // The word and the separator after it, or before it when it ends the literal.
    if (i + 1 < pieces.length && pieces[i + 1] !== '') pieces.splice(i, 2);
    else if (i > 0) pieces.splice(i - 1, 2);
    else continue;
    return { before: whole, after: whole.slice(0, offset) + pieces.join('') + whole.slice(offset + text.length) };
  }
  return undefined;
}
