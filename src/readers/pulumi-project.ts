/**
 * What a Pulumi project file (`Pulumi.yaml`) says about how the program runs:
 * its `main`, which sets the directory the program runs in.
 */
import { isMap, isScalar } from 'yaml';
import { parseYaml } from '../util/parse-yaml.js';
import type { ReadInput } from './reader.js';

/** The project's `main` (relative to the project file), when its `Pulumi.yaml` beside the program sets one. */
export function pulumiMainOf(input: ReadInput): string | undefined {
  for (const name of ['Pulumi.yaml', 'Pulumi.yml']) {
    const file = input.readFile(name);
    if (!file) continue;
    const contents = parseYaml(file.text, {}).contents;
    if (!isMap(contents)) return undefined;
    const main = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'main')?.value;
    return isScalar(main) && typeof main.value === 'string' && main.value.trim() ? main.value.trim() : undefined;
  }
  return undefined;
}
