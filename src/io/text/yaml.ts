/**
 * The one door to js-yaml. Everything else in `src/io` works on the plain
 * event stream and values this file hands out.
 *
 * Scalars resolve as YAML 1.1, as Kubernetes reads manifests (sigs.k8s.io/yaml on go-yaml):
 *
 * ```yaml
 * enabled: true    # a boolean, so a label value written like this is rejected
 * enabled: yes     # kubectl reads a boolean here too; netpol-canvas reads the string
 *                  # "yes" and warns (see YAML11_BOOLEAN_WORDS)
 * enabled: "yes"   # a string
 * version: 1.0     # a number
 * when: 2024-01-01 # a string: go-yaml keeps timestamps as text when decoding into JSON
 * base: &b {a: 1}
 * copy: {<<: *b}   # merge keys are honoured
 * ```
 */
import {
  DUMP_SCHEMA,
  EVENT_ID,
  FAILSAFE_SCHEMA,
  SCALAR_STYLE,
  Schema,
  YAMLException,
  NOT_RESOLVED,
  constructFromEvents,
  defineScalarTag,
  dump,
  floatYaml11Tag,
  getScalarValue,
  intYaml11Tag,
  mergeTag,
  nullYaml11Tag,
  parseEvents,
} from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';

export type YamlEvent = Event;
export type YamlScalarEvent = ScalarEvent;
export const YAML_EVENT = EVENT_ID;
export const YAML_SCALAR_STYLE = SCALAR_STYLE;

/**
 * Plain words that YAML 1.1 (and so kubectl) reads as booleans, but that YAML
 * 1.2 and most people read as text. Namespaces `y` and `n`, a label `debug: on`:
 * netpol-canvas keeps them as the strings they look like and warns that
 * kubectl would not (`src/io/eventIndex.ts` finds them).
 */
export const YAML11_BOOLEAN_WORDS: ReadonlySet<string> = new Set(
  ['y', 'yes', 'n', 'no', 'on', 'off'].flatMap((w) => [
    w,
    `${w.charAt(0).toUpperCase()}${w.slice(1)}`,
    w.toUpperCase(),
  ]),
);

/** `true` and `false` (any case form YAML allows) are booleans; the YAML 1.1-only words stay text. */
const BOOL_TAG = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['t', 'T', 'f', 'F'],
  resolve: (source) => {
    if (source === 'true' || source === 'True' || source === 'TRUE') return true;
    if (source === 'false' || source === 'False' || source === 'FALSE') return false;
    return NOT_RESOLVED;
  },
  identify: (value) => typeof value === 'boolean',
  represent: (value) => (value ? 'true' : 'false'),
});

/** YAML 1.1 scalars without timestamps, binary, sets and ordered maps. */
const K8S_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  BOOL_TAG,
  intYaml11Tag,
  floatYaml11Tag,
  mergeTag,
]);

/** A failure reported by js-yaml, with a 0-based source offset when it has one. */
export interface YamlFailure {
  readonly message: string;
  /** 1-based, 0 when unknown. */
  readonly line: number;
  /** 1-based, 0 when unknown. */
  readonly column: number;
}

export type YamlOutcome<T> = { ok: true; value: T } | { ok: false; failure: YamlFailure };

function failureOf(error: unknown): YamlFailure {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    return {
      message: error.reason,
      line: mark ? mark.line + 1 : 0,
      column: mark ? mark.column + 1 : 0,
    };
  }
  // js-yaml may also fail with a RangeError or a TypeError on hostile input.
  return { message: error instanceof Error ? error.message : String(error), line: 0, column: 0 };
}

/** The flat event stream of `text`; nesting deeper than `maxDepth` is a failure. */
export function yamlEvents(text: string, maxDepth: number): YamlOutcome<YamlEvent[]> {
  try {
    return { ok: true, value: parseEvents(text, { maxDepth }) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/**
 * One value per YAML document (`null` for an empty one). With `duplicateKeys: 'last'` a
 * key written twice does not fail here (the last one wins): the caller reports it from the
 * events. With 'fail' it is a failure, for a caller that has not scanned the events.
 */
export function yamlConstruct(
  events: YamlEvent[],
  text: string,
  duplicateKeys: 'last' | 'fail' = 'last',
): YamlOutcome<unknown[]> {
  try {
    const json = duplicateKeys === 'last';
    return {
      ok: true,
      value: constructFromEvents(events, { source: text, schema: K8S_SCHEMA, json }),
    };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The decoded text of a scalar (quotes, escapes and folding resolved). */
export function yamlScalarText(text: string, event: YamlScalarEvent): string {
  return getScalarValue(text, event);
}

/**
 * The mapping key a scalar becomes once constructed: plain keys resolve like
 * values and are then turned into strings (`yes:` is the key `"true"`).
 */
export function yamlKeyOf(text: string, event: YamlScalarEvent): string {
  const source = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart !== -1) return source;
  return String(K8S_SCHEMA.resolveImplicitScalarTag(source).value);
}

/**
 * What a plain (unquoted, untagged) scalar's text constructs to: `1.0` a number, `~` null,
 * `true` a boolean, `yes` the text "yes" (see YAML11_BOOLEAN_WORDS).
 */
export function yamlPlainValue(source: string): unknown {
  return K8S_SCHEMA.resolveImplicitScalarTag(source).value;
}

/**
 * YAML text for plain data, deterministic: keys in insertion order, no
 * anchors, no line folding, strings quoted whenever YAML 1.1 or 1.2 would read
 * them as something else (`'yes'`, `'on'`, `'y'`, `'1.0'`, `'0755'`).
 */
export function yamlDump(value: unknown): string {
  return dump(value, { schema: DUMP_SCHEMA, lineWidth: -1, noRefs: true });
}
