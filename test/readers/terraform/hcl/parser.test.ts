import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  Attribute,
  BinaryExpr,
  Block,
  CallExpr,
  ConditionalExpr,
  Expression,
  ForExpr,
  ObjectExpr,
  TemplateExpr,
  TupleExpr,
} from '../../../../src/readers/terraform/hcl/ast.js';
import { parseHcl } from '../../../../src/readers/terraform/hcl/parser.js';

/** Parse `text`, asserting it has no syntax error. */
function parseClean(text: string) {
  const result = parseHcl(text);
  assert.deepEqual(result.diagnostics, [], `unexpected diagnostics for ${JSON.stringify(text)}`);
  return result;
}

/** The value of `x = <expression>`. */
function expr(source: string): Expression {
  const text = `x = ${source}\n`;
  const item = parseClean(text).body[0] as Attribute;
  assert.equal(item.type, 'Attribute');
  return item.value;
}

/** A compact s-expression of an expression tree, to compare shapes. */
function show(e: Expression, text: string): string {
  switch (e.type) {
    case 'Literal':
      return JSON.stringify(e.value);
    case 'Variable':
      return e.name;
    case 'GetAttr':
      return `${show(e.object, text)}.${e.name.name}`;
    case 'Index':
      return `${show(e.object, text)}[${show(e.key, text)}]${e.legacy ? 'L' : ''}`;
    case 'Splat':
      return `${show(e.object, text)}${e.full ? '[*]' : '.*'}`;
    case 'Call':
      return `${e.name.name}(${e.args.map((a) => show(a, text)).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'Tuple':
      return `[${e.items.map((i) => show(i, text)).join(', ')}]`;
    case 'Object':
      return `{${e.items.map((i) => `${show(i.key, text)}=${show(i.value, text)}`).join(', ')}}`;
    case 'Paren':
      return `(${show(e.expression, text)})`;
    case 'Unary':
      return `(${e.operator}${show(e.operand, text)})`;
    case 'Binary':
      return `(${show(e.left, text)} ${e.operator} ${show(e.right, text)})`;
    case 'Conditional':
      return `(${show(e.condition, text)} ? ${show(e.then, text)} : ${show(e.otherwise, text)})`;
    case 'For':
      return `for(${e.keyVar ? `${e.keyVar.name},` : ''}${e.valueVar.name} in ${show(e.collection, text)}: ${
        e.key ? `${show(e.key, text)} => ` : ''
      }${show(e.value, text)}${e.grouping ? '...' : ''}${e.condition ? ` if ${show(e.condition, text)}` : ''})`;
    case 'Template':
      return `"${e.parts
        .map((p) => (p.type === 'TemplateLiteral' ? text.slice(p.start, p.end) : `<${p.type}>`))
        .join('')}"`;
    case 'Invalid':
      return '<invalid>';
  }
}

function shape(source: string): string {
  const text = `x = ${source}\n`;
  return show(expr(source), text);
}

test('bodies: attributes, blocks with quoted and bare labels, one-line blocks, nesting', () => {
  const text = [
    'region = "us-east-1"',
    'resource "aws_s3_bucket" logs {',
    '  bucket = "b"',
    '  versioning { enabled = true }',
    '  empty {}',
    '}',
    'locals {}',
  ].join('\n');
  const { body } = parseClean(text);
  assert.equal(body.length, 3);
  const [attribute, resource, locals] = body as [Attribute, Block, Block];
  assert.equal(attribute.name.name, 'region');
  assert.equal(resource.name.name, 'resource');
  assert.deepEqual(
    resource.labels.map((l) => [l.raw, l.quoted]),
    [
      ['aws_s3_bucket', true],
      ['logs', false],
    ],
  );
  assert.equal(text.slice(resource.labels[0].contentStart, resource.labels[0].contentEnd), 'aws_s3_bucket');
  assert.equal(text[resource.open], '{');
  assert.equal(resource.start, text.indexOf('resource'));
  assert.equal(resource.end, text.indexOf('}\nlocals') + 1);
  const [bucket, versioning, empty] = resource.body as [Attribute, Block, Block];
  assert.equal(bucket.name.name, 'bucket');
  assert.equal(versioning.type, 'Block');
  assert.equal((versioning.body[0] as Attribute).name.name, 'enabled');
  assert.equal(empty.body.length, 0);
  assert.equal(locals.body.length, 0);
});

test('comments of all three kinds are skipped; a line comment ends an attribute', () => {
  const { body } = parseClean(
    ['# hash', '// slashes', 'a = 1 # trailing', '/* block', 'comment */ b = /* inline */ 2 // end', 'c = 3'].join(
      '\n',
    ),
  );
  assert.deepEqual(
    body.map((i) => (i as Attribute).name.name),
    ['a', 'b', 'c'],
  );
});

test('literals: numbers with fractions and exponents, bools, null', () => {
  assert.equal(shape('42'), '42');
  assert.equal(shape('3.25'), '3.25');
  assert.equal(shape('1e3'), '1000');
  assert.equal(shape('2.5E-1'), '0.25');
  assert.equal(shape('true'), 'true');
  assert.equal(shape('false'), 'false');
  assert.equal(shape('null'), 'null');
});

test('quoted templates: escapes stay as written in literal parts, interpolations and strip markers', () => {
  const source = '"a\\n\\"b\\\\ \\u00e9 $${x} %%{y} ${~ var.name ~} z"';
  const text = `x = ${source}\n`;
  const template = expr(source) as TemplateExpr;
  assert.equal(template.type, 'Template');
  assert.equal(template.heredoc, null);
  assert.equal(text.slice(template.start, template.end), source);
  const [before, interpolation, after] = template.parts;
  assert.equal(text.slice(before.start, before.end), 'a\\n\\"b\\\\ \\u00e9 $${x} %%{y} ');
  assert.equal(interpolation.type, 'TemplateInterpolation');
  if (interpolation.type !== 'TemplateInterpolation') return;
  assert.equal(interpolation.stripBefore, true);
  assert.equal(interpolation.stripAfter, true);
  assert.equal(show(interpolation.expression, text), 'var.name');
  assert.equal(text.slice(after.start, after.end), ' z');
});

test('template directives: if/else/endif and for/endfor, with strip markers', () => {
  const source = '"%{ if a }yes%{ else }no%{ endif }-%{~ for k, v in m ~}${k}=${v},%{ endfor }"';
  const text = `x = ${source}\n`;
  const template = expr(source) as TemplateExpr;
  const [ifPart, dash, forPart] = template.parts;
  assert.equal(ifPart.type, 'TemplateIf');
  if (ifPart.type !== 'TemplateIf') return;
  assert.equal(show(ifPart.condition, text), 'a');
  assert.equal(text.slice(ifPart.then[0].start, ifPart.then[0].end), 'yes');
  assert.equal(text.slice(ifPart.otherwise![0].start, ifPart.otherwise![0].end), 'no');
  assert.equal(text.slice(ifPart.start, ifPart.end), '%{ if a }yes%{ else }no%{ endif }');
  assert.equal(text.slice(dash.start, dash.end), '-');
  assert.equal(forPart.type, 'TemplateFor');
  if (forPart.type !== 'TemplateFor') return;
  assert.equal(forPart.keyVar?.name, 'k');
  assert.equal(forPart.valueVar.name, 'v');
  assert.deepEqual(
    forPart.body.map((p) => p.type),
    ['TemplateInterpolation', 'TemplateLiteral', 'TemplateInterpolation', 'TemplateLiteral'],
  );
});

test('heredocs: <<EOT and <<-EOT, content and closing marker ranges, interpolations, what follows', () => {
  const text = ['a = <<EOT', 'line ${var.x}', '  two', 'EOT', 'b = <<-EOF', '    indented', '    EOF', 'c = 1'].join(
    '\n',
  );
  const { body } = parseClean(text);
  const [a, b, c] = body as Attribute[];
  const first = a.value as TemplateExpr;
  assert.equal(first.heredoc?.indented, false);
  assert.equal(text.slice(first.heredoc!.contentStart, first.heredoc!.contentEnd), 'line ${var.x}\n  two\n');
  assert.equal(text.slice(first.start, first.end), '<<EOT\nline ${var.x}\n  two\nEOT');
  assert.deepEqual(
    first.parts.map((p) => p.type),
    ['TemplateLiteral', 'TemplateInterpolation', 'TemplateLiteral'],
  );
  const second = b.value as TemplateExpr;
  assert.equal(second.heredoc?.indented, true);
  assert.equal(text.slice(second.heredoc!.close.start, second.heredoc!.close.end), 'EOF');
  assert.equal(c.name.name, 'c');
});

test('collections: tuples and objects with every key and separator form', () => {
  assert.equal(shape('[]'), '[]');
  assert.equal(shape('[1, "a", [true],]'), '[1, "a", [true]]');
  assert.equal(shape('[\n  1,\n  2\n]'), '[1, 2]');
  assert.equal(shape('{}'), '{}');
  assert.equal(shape('{ a = 1, "b" : 2, (k) = 3 }'), '{a=1, "b"=2, (k)=3}');
  assert.equal(shape('{\n  a = 1\n  b = {\n    c = [1,\n      2]\n  }\n}'), '{a=1, b={c=[1, 2]}}');
  const object = expr('{ "for" = 1 }') as ObjectExpr;
  assert.equal(object.items.length, 1);
});

test('function calls: arguments, trailing comma, ... expansion, provider-namespaced names', () => {
  assert.equal(shape('f()'), 'f()');
  assert.equal(shape('merge(a, {\n  b = 1\n},\n)'), 'merge(a, {b=1})');
  assert.equal(shape('concat(lists...)'), 'concat(lists...)');
  const call = expr('provider::aws::arn_parse(var.arn)') as CallExpr;
  assert.equal(call.type, 'Call');
  assert.equal(call.name.name, 'provider::aws::arn_parse');
});

test('traversals: attributes, indexes, legacy .0 indexes, attribute and full splats', () => {
  assert.equal(shape('aws_instance.web.id'), 'aws_instance.web.id');
  assert.equal(shape('a[0]["k"][var.i]'), 'a[0]["k"][var.i]');
  assert.equal(shape('a.0.b'), 'a[0]L.b');
  assert.equal(shape('a.0.1'), 'a[0]L[1]L');
  assert.equal(shape('a.*.id'), 'a.*.id');
  assert.equal(shape('a[*].b[0]'), 'a[*].b[0]');
  assert.equal(shape('f(x).y'), 'f(x).y');
  assert.equal(shape('(a).b'), '(a).b');
});

test('operators: HCL precedence and associativity, unary operators, conditionals, parentheses', () => {
  assert.equal(shape('a || b && c == d'), '(a || (b && (c == d)))');
  assert.equal(shape('1 + 2 * 3 - 4 % 5'), '((1 + (2 * 3)) - (4 % 5))');
  assert.equal(shape('a < b == c >= d'), '((a < b) == (c >= d))');
  assert.equal(shape('-a.b + !c'), '((-a.b) + (!c))');
  assert.equal(shape('a - b - c'), '((a - b) - c)');
  assert.equal(shape('(1 + 2) * 3'), '(((1 + 2)) * 3)');
  assert.equal(shape('a ? b : c ? d : e'), '(a ? b : (c ? d : e))');
  assert.equal(shape('a == "x" ? 1 : 0'), '((a == "x") ? 1 : 0)');
  const text = 'x = var.a != "" && var.b\n';
  const binary = parseClean(text).body[0] as Attribute;
  const and = binary.value as BinaryExpr;
  assert.equal(text.slice(and.start, and.end), 'var.a != "" && var.b');
  assert.equal(text.slice(and.left.start, and.left.end), 'var.a != ""');
});

test('a multi-line expression needs parentheses (newlines end attributes outside brackets)', () => {
  assert.equal(shape('(\n  a\n  ? b\n  : c\n)'), '((a ? b : c))');
  const text = 'x = a ?\n  b : c\ny = 1\n';
  const { diagnostics, body } = parseHcl(text);
  assert.match(diagnostics[0].message, /^syntax error: expected an expression, found newline/);
  assert.equal(diagnostics[0].start, text.indexOf('\n'));
  assert.equal((body[body.length - 1] as Attribute).name.name, 'y');
});

test('for expressions: tuple and object forms, key/value variables, if, grouping', () => {
  assert.equal(shape('[for s in var.list : upper(s) if s != ""]'), 'for(s in var.list: upper(s) if (s != ""))');
  assert.equal(shape('{for k, v in var.map : k => v...}'), 'for(k,v in var.map: k => v...)');
  const object = expr('{\n  for k, v in m :\n  k => v\n  if v != null\n}') as ForExpr;
  assert.equal(object.type, 'For');
  assert.equal(object.object, true);
  assert.equal(object.keyVar?.name, 'k');
  assert.ok(object.condition);
  const tuple = expr('[for x in xs : x]') as ForExpr;
  assert.equal(tuple.object, false);
  assert.equal(tuple.keyVar, null);
});

test('offsets are UTF-16 offsets into the string, after non-ASCII text', () => {
  const text = 'a = "héllo 😀"\nb = var.x\n';
  const { body } = parseClean(text);
  const b = body[1] as Attribute;
  assert.equal(text.slice(b.value.start, b.value.end), 'var.x');
  const a = body[0] as Attribute;
  assert.equal(text.slice(a.value.start, a.value.end), '"héllo 😀"');
});

test('conditional and tuple spans cover their source exactly', () => {
  const text = 'x = [a ? b : c, 2]\n';
  const tuple = (parseClean(text).body[0] as Attribute).value as TupleExpr;
  assert.equal(text.slice(tuple.start, tuple.end), '[a ? b : c, 2]');
  const conditional = tuple.items[0] as ConditionalExpr;
  assert.equal(text.slice(conditional.start, conditional.end), 'a ? b : c');
});

test('error recovery: a bad attribute is reported at its position and the rest of the block is read', () => {
  const text = ['resource "a" "b" {', '  x = = 1', '  y = 2', '}', 'resource "a" "c" {}'].join('\n');
  const { body, diagnostics } = parseHcl(text);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].start, text.indexOf('= 1'));
  assert.match(diagnostics[0].message, /^syntax error: expected an expression, found "="/);
  const [first, second] = body as Block[];
  assert.deepEqual(
    first.body.map((i) => [(i as Attribute).name.name, (i as Attribute).value.type]),
    [
      ['x', 'Invalid'],
      ['y', 'Literal'],
    ],
  );
  assert.equal(second.labels[1].raw, 'c');
});

test('error recovery: prose lines and "..." placeholders are skipped line by line', () => {
  const text = [
    "Now let's add the bucket:",
    'resource "aws_s3_bucket" "b" {',
    '  ...',
    '  bucket = "x"',
    '  tags = {',
    '    ...',
    '    Name = "n"',
    '  }',
    '}',
  ].join('\n');
  const { body, diagnostics } = parseHcl(text);
  assert.deepEqual(
    diagnostics.map((d) => [text.slice(0, d.start).split('\n').length, d.message]),
    [
      [1, 'syntax error: expected "{" after the block labels, found "\'"'],
      [3, 'syntax error: expected an attribute or a block, found "..."'],
      [6, 'syntax error: expected an expression, found "..."'],
    ],
  );
  const block = body[0] as Block;
  assert.equal(block.labels[1].raw, 'b');
  const tags = block.body.find((i) => (i as Attribute).name.name === 'tags') as Attribute;
  assert.equal(show(tags.value, text), '{Name="n"}');
});

test('error recovery: an unclosed bracket stops at the next line starting in column 0', () => {
  const text = ['a = [1, 2', 'b = 3', 'resource "x" "y" {}'].join('\n');
  const { body, diagnostics } = parseHcl(text);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].start, text.indexOf('b = 3'));
  assert.deepEqual(
    body.map((i) => (i.type === 'Attribute' ? i.name.name : i.name.name)),
    ['a', 'b', 'resource'],
  );
});

test('error recovery: a block header error skips to its matching brace', () => {
  const text = ['resource "a" "b" = {', '  x = { y = 1 }', '}', 'output "o" { value = 1 }'].join('\n');
  const { body, diagnostics } = parseHcl(text);
  assert.equal(diagnostics.length, 1);
  assert.equal((body[body.length - 1] as Block).labels[0].raw, 'o');
});

test('error recovery: unterminated strings, heredocs, blocks and comments are reported, never thrown', () => {
  const cases: [string, RegExp][] = [
    ['a = "abc\nb = 1\n', /unterminated string/],
    ['a = <<EOT\nno end\n', /unterminated heredoc/],
    ['resource "a" "b" {\n  x = 1\n', /missing "}" to close the "resource" block/],
    ['a = 1 /* open', /found unterminated comment/],
    ['a = "\\q"', /invalid escape sequence "\\q"/],
    ['a = "%{ if x }y"', /missing "%\{ endif \}"/],
    ['a = "${}"', /expected an expression/],
    ['}\na = 1', /expected an attribute or a block, found "\}"/],
  ];
  for (const [text, message] of cases) {
    const { diagnostics } = parseHcl(text);
    assert.ok(diagnostics.length > 0, text);
    assert.match(diagnostics[0].message, message, text);
  }
  const after = parseHcl('a = "abc\nb = 1\n');
  assert.equal((after.body[1] as Attribute).name.name, 'b');
});

test('deep nesting is capped with a diagnostic instead of overflowing the stack', () => {
  for (const [open, close] of [
    ['[', ']'],
    ['(', ')'],
    ['{a=', '}'],
    ['"${', '}"'],
  ]) {
    const text = `x = ${open.repeat(20000)}1${close.repeat(20000)}\ny = 2\n`;
    const { body, diagnostics } = parseHcl(text);
    assert.ok(
      diagnostics.some((d) => /nesting deeper than/.test(d.message)),
      open,
    );
    assert.equal((body[body.length - 1] as Attribute).name.name, 'y', open);
  }
  const chain = parseHcl(`x = ${Array.from({ length: 50000 }, (_, i) => `a${i}`).join(' + ')}\n`);
  assert.ok(chain.diagnostics.some((d) => /nesting deeper than/.test(d.message)));
  const blocks = parseHcl(`${'a {\n'.repeat(5000)}${'}\n'.repeat(5000)}b = 1\n`);
  assert.ok(blocks.diagnostics.some((d) => /nesting deeper than/.test(d.message)));
});

test('garbage input terminates with diagnostics', () => {
  const noise = Array.from({ length: 2000 }, (_, i) => '{}[]()"$%~<<-EOT\n=:?,.*/#'[(i * 7919) % 24]).join('');
  const { diagnostics } = parseHcl(noise);
  assert.ok(diagnostics.length > 0);
});

test('a file that is one object declares nothing and is not an error', () => {
  const { body, diagnostics } = parseHcl('{\n  Effect = "Allow"\n  Action = ["s3:GetObject"]\n}\n');
  assert.deepEqual(body, []);
  assert.deepEqual(diagnostics, []);
});

test('comments are kept by position; # and // inside strings and heredocs are text', () => {
  const text = 'a = "x#y // z" # real\nb = <<EOF\n# not a comment\nEOF\nc = "${x} # no" // yes\n/* block */\n# line\n';
  assert.deepEqual(
    parseClean(text).comments.map((c) => text.slice(c.start, c.end)),
    ['# real', '// yes', '/* block */', '# line'],
  );
});
