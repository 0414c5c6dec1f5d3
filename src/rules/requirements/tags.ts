import type { Value } from '../../model/types.js';
import { arg, asObject, hasUnknown, stringValue } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { requiredBy, resolve } from './cite.js';

type TagsRequirement = Extract<Requirement, { kind: 'tags' }>;

export default defineRule({
  meta: {
    id: 'requirements/tags',
    title: 'Tags other than the request asks for',
    severity: 'medium',
    frameworks: 'all',
    description:
      'The request names tags (`CostCenter=fintech`, `Environment: Production`) and a taggable resource gives a required tag another constant value, or (when its tags are a constant map) leaves it out.',
    rationale:
      'Cost allocation, ownership and environment reports are built from tags: a resource tagged differently from what was asked for falls out of them.',
    docs: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter((r): r is TagsRequirement => r.kind === 'tags');
    if (!wanted.length) return;
    // One finding per tags map: a shared map (a local, a common object) is one root cause.
    const judged = new Set<string>();
    for (const resource of program.resources) {
      if (!resourceShape(resource.type)?.attrs.tags) continue;
      const written = arg(resource, 'tags');
      if (!written) continue;
      const tags = asObject(resolve(program, written, false));
      if (!tags) continue;
      const key = `${tags.span.file}:${tags.span.start}`;
      if (judged.has(key)) continue;
      judged.add(key);
      for (const requirement of wanted) context.checked?.(requirement);
      const problems: string[] = [];
      let cited: TagsRequirement | undefined;
      let at: Value = written;
      for (const requirement of wanted)
        for (const tag of requirement.tags) {
          const entry = tags.entries.find((e) => e.key.toLowerCase() === tag.key.toLowerCase());
          if (!entry) {
            // Pulumi objects built with a spread of something unknown may hold it: only constant Terraform maps are judged.
            if (resource.framework === 'terraform' && !hasUnknown(tags)) {
              problems.push(`no ${tag.key} tag`);
              cited ??= requirement;
            }
            continue;
          }
          const value = stringValue(entry.value);
          if (tag.value === undefined || value === undefined) continue;
          if (value.toLowerCase() !== tag.value.toLowerCase()) {
            problems.push(`${entry.key} = "${value}" where ${tag.key}=${tag.value} is asked`);
            cited ??= requirement;
            at = entry.value;
          }
        }
      if (!cited) continue;
      context.report({
        message: `Tags of ${describeResource(resource)}: ${problems.join('; ')} (${requiredBy(cited)}).`,
        span: at.span,
        resource,
        requirement: cited,
      });
    }
  },
});
