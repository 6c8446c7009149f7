/**
 * fast-check generator of YAML files written the many ways people and tools write block
 * YAML: nested mappings and sequences (`- key: value` or the item on the next line, a
 * sequence at its key's indent or deeper), plain, quoted and `|`/`|-` scalars, `{}`, `[]`
 * and one-line flow collections, comments on their own lines and after values, `---`,
 * `...`, empty documents, CRLF and a BOM. Scalars include YAML 1.1's numbers, nulls,
 * booleans and boolean words, and characters YAML gives a meaning (`: `, ` #`, `&`, `*`,
 * `!`, quotes, escapes), so some files are not valid YAML or need js-yaml's path.
 */
import fc from 'fast-check';

type Style = 'plain' | 'wrapped' | 'single' | 'double' | 'literal' | 'strip';
type YamlNode =
  | { kind: 'scalar'; text: string; style: Style; comment: boolean }
  | { kind: 'map'; entries: [YamlNode & { kind: 'scalar' }, YamlNode][]; flow: boolean }
  | { kind: 'seq'; items: YamlNode[]; flow: boolean; compact: boolean };

const WORDS = [
  ...['web', 'db', 'app', 'kube-system', 'networking.k8s.io/v1', 'TCP', '10.0.0.0/8', '::/0'],
  ...['1', '0', '-1', '1.0', '.5', '1e3', '0x1F', '012', '0o17', '1_000', '+1', '-.inf', '.nan'],
  ...['~', 'null', 'Null', 'true', 'False', 'TRUE', 'yes', 'No', 'on', 'OFF', 'y', 'n', '<<'],
  ...['2024-01-01', '1:20', 'a b', 'a:b', 'k:{"name":"x"}', '-x', '?x', ':x', '__proto__'],
  ...['', ' ', 'a: b', 'a #b', 'a#b', '#a', '- a', '&a', '*a', '!t', '|', '>', '%', '@', '`'],
  ...["it's", 'say "hi"', 'back\\slash', 'é ü', 'tab\there', 'line\nbreak', 'a\n\nb\n', '[a]'],
  ...['{a}', 'a,b', 'end:', '---', '...', '\u2028', '\u0007', 'x\\u0041'],
  ...['Allows ingress from pods in b', 'one two', 'a  b', '1 2', 'x - y', 'k: v w', 'a #b c'],
];

/** Short texts of the characters YAML gives a meaning, next to letters and digits. */
const arbTricky = fc
  .array(
    fc.constantFrom(
      'a',
      '1',
      ' ',
      '#',
      ':',
      '-',
      "'",
      '"',
      '\\',
      '.',
      ',',
      '[',
      ']',
      '{',
      '}',
      'é',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((chars) => chars.join(''));
const arbText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: arbTricky },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const arbStyle = fc.constantFrom<Style>('plain', 'plain', 'wrapped', 'single', 'double', 'literal');

const arbScalar = fc.record({
  kind: fc.constant('scalar' as const),
  text: arbText,
  style: fc.oneof(arbStyle, fc.constant<Style>('strip')),
  comment: fc.boolean(),
});
const arbKey = fc.record({
  kind: fc.constant('scalar' as const),
  text: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('a', 'b', 'name', 'spec', 'app.kubernetes.io/name') },
    { weight: 1, arbitrary: arbText },
  ),
  style: fc.constantFrom<Style>('plain', 'plain', 'plain', 'single', 'double'),
  comment: fc.constant(false),
});

const { node: arbNode } = fc.letrec<{ node: YamlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    arbScalar,
    fc.record({
      kind: fc.constant('map' as const),
      entries: fc.array(fc.tuple(arbKey, tie('node')), { maxLength: 4 }),
      flow: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('node'), { maxLength: 4 }),
      flow: fc.boolean(),
      compact: fc.boolean(),
    }),
  ),
}));

function quoted(text: string, style: Style): string {
  if (style === 'single') return `'${text.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(text);
  return text;
}

function flowText(node: YamlNode): string {
  if (node.kind === 'scalar') return quoted(node.text, node.style === 'plain' ? 'plain' : 'double');
  if (node.kind === 'map') {
    return `{${node.entries.map(([k, v]) => `${quoted(k.text, k.style)}: ${flowText(v)}`).join(', ')}}`;
  }
  return `[${node.items.map(flowText).join(', ')}]`;
}

interface Layout {
  readonly step: number;
  readonly comments: boolean;
  /** Spaces after a `-` that starts a mapping on its line. */
  readonly dash: number;
  /** Spaces at the end of a scalar's line, and blank lines between entries. */
  readonly loose: boolean;
}

/** Lines of `node` written after `head` (`key:` or `-`), its own lines at `indent`. */
function emit(node: YamlNode, head: string, indent: number, at: Layout, lines: string[]): void {
  const pad = ' '.repeat(indent);
  if (node.kind === 'scalar') {
    const tail = node.comment && at.comments ? ' # note' : '';
    if (node.style === 'literal' || node.style === 'strip') {
      lines.push(`${head} ${node.style === 'literal' ? '|' : '|-'}${tail}`);
      for (const line of node.text.split('\n')) lines.push(line === '' ? '' : pad + line);
    } else if (node.style === 'wrapped') {
      // A long plain text folded onto lines below, as kubectl (go-yaml) writes it.
      const [first, ...rest] = node.text.split(' ');
      lines.push(`${head} ${first ?? ''}`);
      rest.forEach((word, k) => lines.push(`${pad}${word}${k === rest.length - 1 ? tail : ''}`));
    } else lines.push(`${head} ${quoted(node.text, node.style)}${tail}${at.loose ? '  ' : ''}`);
    if (at.loose) lines.push('');
    return;
  }
  const empty = node.kind === 'map' ? node.entries.length === 0 : node.items.length === 0;
  if (node.flow || empty) {
    lines.push(`${head} ${flowText(node)}`);
    return;
  }
  lines.push(head);
  if (at.comments) lines.push(`${pad}# about what follows`);
  if (node.kind === 'map') {
    for (const [key, value] of node.entries) {
      emit(value, `${pad}${quoted(key.text, key.style)}:`, indent + at.step, at, lines);
    }
    return;
  }
  // A sequence may sit at its key's indent (`key:` then `- item` below the k).
  const atKey = node.compact && head.endsWith(':') ? indent - at.step : indent;
  for (const item of node.items) itemLines(item, ' '.repeat(atKey), atKey, at, lines);
}

function itemLines(item: YamlNode, pad: string, indent: number, at: Layout, lines: string[]) {
  if (item.kind === 'map' && !item.flow && item.entries.length > 0) {
    const inner = ' '.repeat(indent + 1 + at.dash);
    item.entries.forEach(([key, value], k) => {
      const head = `${k === 0 ? `${pad}-${' '.repeat(at.dash)}` : inner}${quoted(key.text, key.style)}:`;
      emit(value, head, indent + 1 + at.dash + at.step, at, lines);
    });
    return;
  }
  emit(item, `${pad}-`, indent + at.step, at, lines);
}

/** One document's text: a block mapping or sequence at its root, or nothing (an empty document). */
function documentText(root: YamlNode | null, at: Layout): string {
  if (root === null) return at.comments ? '# nothing here\n' : '';
  const empty =
    root.kind === 'map'
      ? root.entries.length === 0
      : root.kind === 'seq' && root.items.length === 0;
  const key = { kind: 'scalar' as const, text: 'root', style: 'plain' as const, comment: false };
  const block: YamlNode =
    root.kind === 'scalar' || root.flow || empty
      ? { kind: 'map', entries: [[key, root]], flow: false }
      : root;
  const lines: string[] = [];
  emit(block, '', 0, at, lines);
  // The root's head line is empty.
  return `${lines.slice(1).join('\n')}\n`;
}

export const arbBlockYaml = fc
  .record({
    documents: fc.array(fc.option(arbNode, { freq: 5 }), { minLength: 1, maxLength: 3 }),
    separators: fc.array(fc.constantFrom('---\n', '...\n---\n', '--- # next\n', '...\n'), {
      minLength: 3,
      maxLength: 3,
    }),
    leading: fc.constantFrom('', '---\n', '# head\n', '\n'),
    trailing: fc.constantFrom('', '...\n', '---\n', '\n# end\n'),
    step: fc.integer({ min: 1, max: 4 }),
    comments: fc.boolean(),
    dash: fc.constantFrom(1, 1, 2, 3),
    loose: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ documents, separators, leading, trailing, crlf, bom, ...layout }) => {
    const parts = documents.map(
      (d, i) => (i === 0 ? '' : (separators[i] ?? '---\n')) + documentText(d, layout),
    );
    const text = `${bom ? '\uFEFF' : ''}${leading}${parts.join('')}${trailing}`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
