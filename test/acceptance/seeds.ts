/**
 * The labelled seed items of the shared corpus (read at run time, never copied).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../helpers.js';

export interface SeedItem {
  task: string;
  item: number;
  title: string;
  kind: 'catalog' | 'static_other' | 'needs_requirements' | 'not_static';
  rules: string[];
  evidence: string;
  file: string;
}

export function seedItems(task: string): SeedItem[] {
  return readFileSync(join(CORPUS, 'labels', 'seeds.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SeedItem)
    .filter((item) => item.task === task);
}
