/**
 * Shared by the CodePipeline rules: the actions of a pipeline with their stage.
 */
import type { Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';

export interface PipelineAction {
  stage: string | undefined;
  action: Value;
  name: string | undefined;
  category: string | undefined;
  owner: string | undefined;
  provider: string | undefined;
}

export function pipelineActions(pipeline: Resource): PipelineAction[] {
  const out: PipelineAction[] = [];
  for (const stage of items(arg(pipeline, 'stage')))
    for (const action of items(field(stage, 'action')))
      out.push({
        stage: stringValue(field(stage, 'name')),
        action,
        name: stringValue(field(action, 'name')),
        category: stringValue(field(action, 'category')),
        owner: stringValue(field(action, 'owner')),
        provider: stringValue(field(action, 'provider')),
      });
  return out;
}
