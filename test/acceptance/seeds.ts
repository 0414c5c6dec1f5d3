/**
 * The labelled items of the shared corpus (read at run time, never copied).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../helpers.js';

/** One failure item of a task's QA report, as `labels/*.jsonl` records it. */
export interface LabelItem {
  task: string;
  item: number;
  title: string;
  kind: 'catalog' | 'static_other' | 'needs_requirements' | 'not_static';
  rules: string[];
  evidence: string;
  file: string;
}

/** Every item of one labels file (JSON lines). */
export function readLabels(path: string): LabelItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelItem);
}

export function seedItems(task: string): LabelItem[] {
  return readLabels(join(CORPUS, 'labels', 'seeds.jsonl')).filter((item) => item.task === task);
}
