import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAlias, isMap, isScalar, isSeq, parseYaml } from '../../src/util/parse-yaml.js';
import { parseYamlByEvents } from '../../src/util/parse-yaml-events.js';

/** What the readers see of a node: kind, range, value, type, tag, anchor, style, items. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as { range?: number[]; tag?: string; anchor?: string };
  const common = { range: n.range?.slice(0, 2), tag: n.tag, anchor: n.anchor };
  if (isScalar(node)) return { ...common, scalar: node.value, type: node.type };
  if (isAlias(node)) return { ...common, alias: node.source };
  if (isMap(node))
    return { ...common, flow: Boolean(node.flow), map: node.items.map((p) => [shape(p.key), shape(p.value)]) };
  if (isSeq(node)) return { ...common, flow: Boolean(node.flow), seq: node.items.map(shape) };
  return { unknown: String(node) };
}

const AS_YAML_PACKAGE = { prettyErrors: false, strict: false, uniqueKeys: true, stringKeys: false } as const;

const TEMPLATES: Record<string, string> = {
  'scalars of every style and type': [
    'Plain: text here',
    'Number: 42',
    'Float: 1.5',
    'Hex: 0x1F',
    'Yes: yes',
    'Bool: true',
    'Null: ~',
    "Single: 'it''s'",
    'Double: "a\\tb"',
    'Literal: |',
    '  line one',
    '    more indented',
    '',
    'Folded: >-',
    '  folded',
    '  text',
    '',
  ].join('\n'),
  'short-form intrinsics and flow collections': [
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: !Sub "${AWS::StackName}-logs"',
    '      Tags: [{Key: Name, Value: !Ref Name}]',
    '      Zones: !GetAZs ""',
    '      Pick: !Select [0, !GetAZs ""]',
    '      Both: !And [Condition: IsProd, !Equals [a, b]]',
    '',
  ].join('\n'),
  'empty values, anchors and aliases, comments at several depths': [
    'Defaults: &defaults',
    '  Timeout: 30 # seconds',
    '    # deeper comment',
    'Function:',
    '  Settings: *defaults',
    '  Empty:',
    '  EmptyRef: !Ref',
    '  List:',
    '    - one',
    '    - two',
    "  # a comment at the map's depth",
    '',
    '# the end',
    '',
  ].join('\n'),
  'a block scalar with trailing indented blank lines': [
    'Code:',
    '  ZipFile: |',
    '    def handler(event, context):',
    '        return 1',
    '',
    '      ',
    'Next: 1',
    '',
  ].join('\n'),
  'a byte order mark and Windows line breaks': '\uFEFFA: x\r\nB: |\r\n  hi\r\n  there\r\nC: [1, 2]\r\n',
};

for (const [name, text] of Object.entries(TEMPLATES))
  test(`parseYamlByEvents gives the yaml package's nodes: ${name}`, () => {
    const fast = parseYamlByEvents(text);
    assert.ok(fast, 'the plain case takes the fast way');
    const reference = parseYaml(text, AS_YAML_PACKAGE);
    assert.deepEqual(reference.errors, []);
    assert.deepEqual(shape(fast.contents), shape(reference.contents));
  });

test('parseYamlByEvents resolves an alias to its anchor as the yaml package does', () => {
  const document = parseYamlByEvents('A: &shared {x: 1}\nB: *shared\n')!;
  const root = document.contents;
  assert.ok(isMap(root));
  const alias = root.items[1].value;
  assert.ok(isAlias(alias));
  assert.equal(alias.resolve(document), root.items[0].value);
});

test('parseYamlByEvents leaves what is not the plain case to the yaml package', () => {
  for (const text of [
    'A: 1\nA: 2\n', // a key twice: the yaml package reports it
    'A: 1\n---\nB: 2\n', // two documents
    '%YAML 1.2\n---\nA: 1\n', // a directive
    'A: !!str 1\n', // a tag that is not a local one
    'A: [1, 2\n', // not YAML
    '- \n- x\n', // an empty sequence item
    '? [a, b]\n: c\n', // a key that is not a scalar
  ])
    assert.equal(parseYamlByEvents(text), undefined, JSON.stringify(text));
});
