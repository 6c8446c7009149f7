/**
 * The name of an inferred workload, read from its selector: `frontend` for
 * `app=frontend` (the value of a key that names the pods, when no other
 * selector of the namespace gives it), else `app-frontend`, `all-pods` for
 * `{}`. Stable (the same selectors always give the same names) and valid as a
 * workload name (a DNS label).
 */
import type { LabelSelector } from '../../model';

const MAX_LENGTH = 63;
/** Beyond this, a name of several labels keeps the one that names the app and counts the rest. */
const SHORT_LENGTH = 40;
/** Keys that usually name what the pods are, best first. */
const NAME_KEYS = ['app.kubernetes.io/name', 'app', 'k8s-app', 'name', 'component'];

/** `app.kubernetes.io/name` → `name`: the prefix of a key says little on a card. */
function keyShort(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

function dnsLabel(text: string): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return label.slice(0, MAX_LENGTH).replace(/-$/, '');
}

/** The key of `labels` that names what the pods are (`app` of `app=cart,tier=web`), if any. */
function nameKeyOf(labels: Readonly<Record<string, string>>): string | undefined {
  return NAME_KEYS.find((k) => Object.hasOwn(labels, k));
}

/**
 * What an inferred workload is called by the people who run it: the value of the label that
 * names it (`cartservice` for `app=cartservice,tier=web`), or undefined when none does
 * (`tier=worker` names a tier, not a workload).
 */
export function inferredStandsFor(labels: Readonly<Record<string, string>>): string | undefined {
  const key = nameKeyOf(labels);
  return key === undefined ? undefined : labels[key];
}

function selectorWords(selector: LabelSelector): string[] {
  const labels = selector.matchLabels ?? {};
  const keys = Object.keys(labels).sort();
  const named = nameKeyOf(labels);
  if (named !== undefined) {
    keys.splice(keys.indexOf(named), 1);
    keys.unshift(named);
  }
  const words = keys.map((key) => `${keyShort(key)}-${labels[key] ?? ''}`);
  for (const r of selector.matchExpressions ?? []) {
    const key = keyShort(r.key);
    const values = (r.values ?? []).join('-');
    if (r.operator === 'In') words.push(`${key}-${values}`);
    else if (r.operator === 'NotIn') words.push(`${key}-not-${values}`);
    else if (r.operator === 'Exists') words.push(`with-${key}`);
    else words.push(`no-${key}`);
  }
  return words;
}

/**
 * The name a selector's pods go by (`argocd-redis` for `app.kubernetes.io/name=argocd-redis`,
 * whatever other labels it asks for), or undefined when no label of it names them.
 */
export function inferredShortName(selector: LabelSelector): string | undefined {
  const value = inferredStandsFor(selector.matchLabels ?? {});
  const name = value === undefined ? '' : dnsLabel(value);
  return name === '' ? undefined : name;
}

/**
 * `short` and the values of the selector's other labels (`web-edge` for `app=web,tier=edge`),
 * or undefined when it asks for more than labels (an expression).
 */
function toldApart(selector: LabelSelector, short: string): string | undefined {
  if ((selector.matchExpressions ?? []).length > 0) return undefined;
  const labels = selector.matchLabels ?? {};
  const named = nameKeyOf(labels);
  const others = Object.keys(labels)
    .filter((key) => key !== named)
    .sort()
    .map((key) => dnsLabel(labels[key] ?? ''))
    .filter((value) => value !== '' && value !== short);
  return dnsLabel([short, ...others].join('-'));
}

/** How many times each defined entry of `names` occurs. */
function countsOf(names: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * The names of a namespace's selectors' workloads, in their order, unique: the name the pods go
 * by (`inferredShortName`) where no other selector of the namespace gives the same one; where
 * some do, that name and the values of its other labels (`web`, `web-edge`); else the name of
 * the whole selector (`inferredName`: `component-db` beside `name-db`), with a number where even
 * that is taken (`nameUnique`).
 */
export function inferredNames(selectors: readonly LabelSelector[]): string[] {
  const shorts = selectors.map(inferredShortName);
  const shortCounts = countsOf(shorts);
  const apart = selectors.map((selector, i) => {
    const short = shorts[i];
    if (short === undefined) return undefined;
    return shortCounts.get(short) === 1 ? short : toldApart(selector, short);
  });
  const apartCounts = countsOf(apart);
  const taken = new Set<string>();
  return selectors.map((selector, i) => {
    const name = apart[i];
    const alone = name !== undefined && apartCounts.get(name) === 1;
    return nameUnique(alone ? name : inferredName(selector), taken);
  });
}

/** The name of the whole selector, before it is made unique in its namespace. */
export function inferredName(selector: LabelSelector): string {
  const words = selectorWords(selector);
  if (words.length === 0) return 'all-pods';
  const whole = dnsLabel(words.join('-'));
  if (whole.length <= SHORT_LENGTH || words.length === 1) return whole || 'pods';
  const first = dnsLabel(words[0] ?? '')
    .slice(0, SHORT_LENGTH)
    .replace(/-$/, '');
  return `${first}-and-${String(words.length - 1)}-more`;
}

/** `name`, or `name-2`, `name-3`… when `taken` has it; the result is added to `taken`. */
export function nameUnique(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) {
    const suffix = `-${String(n)}`;
    unique = `${name.slice(0, MAX_LENGTH - suffix.length).replace(/-$/, '')}${suffix}`;
  }
  taken.add(unique);
  return unique;
}
