/**
 * A verdict in words a person understands. The text is built only from the
 * `Verdict` (which policies isolate, which rule allowed) and the policies it
 * names; nothing is evaluated again here.
 *
 * For one connection there are two checks, named by who starts it:
 * - the **egress** check at the source (may it open this connection?),
 * - the **ingress** check at the destination (may it accept it?).
 * Both must allow it. Replies on an allowed connection need no rule.
 */
import type {
  Doc,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
} from '../../model';
import type { DirectionVerdict, Endpoint, PolicyRef, RuleHit, Traffic, Verdict } from './verdict';
import type { NetworkPlugin } from './networkPlugin';
import {
  DEFAULT_NETWORK_PLUGIN,
  connectionGetsThrough,
  enforces,
  notEnforcedWith,
} from './networkPlugin';
import type { Direction } from '../text/direction';
import { peersKey } from '../text/direction';
import { namesJoin } from '../text/namesJoin';
import { portText, rulePortText } from '../text/portText';

const SENTENCE = { sentence: true } as const;

export interface DirectionExplanation {
  /** `Egress at the source prod/api` / `Ingress at the destination prod/db`. */
  readonly title: string;
  readonly sentences: readonly string[];
}

export interface Explanation {
  /** `prod/api → prod/db on TCP port 3306: ALLOWED` */
  readonly summary: string;
  readonly egress: DirectionExplanation;
  readonly ingress: DirectionExplanation;
  /** What happens to the replies. */
  readonly reply: string;
}

/** `x/a`, `192.168.5.10`, or `backup-server (192.168.5.10/32)` for an external endpoint of the document. */
export function describeEndpoint(endpoint: Endpoint, doc: Doc): string {
  if (endpoint.kind === 'pod') return endpoint.key;
  const external = doc.externals.find(
    (e) => e.cidr === endpoint.ip || e.cidr.replace(/\/(32|128)$/, '') === endpoint.ip,
  );
  return external === undefined ? endpoint.ip : `${external.name} (${external.cidr})`;
}

function policyName(ref: PolicyRef): string {
  return `${ref.namespace}/${ref.name}`;
}

function policyFind(doc: Doc, ref: PolicyRef): NetworkPolicy | undefined {
  return doc.policies.find(
    (p) => p.metadata.name === ref.name && p.metadata.namespace === ref.namespace,
  );
}

/** `a=b, tier in (web, api), !legacy`, the `kubectl get -l` syntax; '' for the empty selector. */
export function describeSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = (e.values ?? []).join(', ');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.join(', ');
}

/**
 * One `from`/`to` element. A podSelector alone means pods of the policy's own
 * namespace; a namespaceSelector alone means every pod of those namespaces;
 * both in ONE element must both match (AND):
 *
 * ```yaml
 * - namespaceSelector: {matchLabels: {name: prod}}
 *   podSelector: {matchLabels: {name: api-pod}}   # api pods IN prod
 * ```
 */
export function describePeer(peer: NetworkPolicyPeer, policyNamespace: string): string {
  if (peer.ipBlock !== undefined) {
    const except = peer.ipBlock.except ?? [];
    return `IP block ${peer.ipBlock.cidr}${except.length > 0 ? ` except ${except.join(', ')}` : ''}`;
  }
  const pods = peer.podSelector === undefined ? '' : describeSelector(peer.podSelector);
  const podPart = pods === '' ? 'every pod' : `pods with ${pods}`;
  if (peer.namespaceSelector === undefined) {
    return `${podPart} in ${ownNamespace(policyNamespace)}`;
  }
  const namespaces = describeSelector(peer.namespaceSelector);
  return `${podPart} in ${namespaces === '' ? 'every namespace' : `namespaces with ${namespaces}`}`;
}

function ownNamespace(policyNamespace: string): string {
  return `namespace ${policyNamespace} (the policy's own)`;
}

/**
 * The peers of one rule, any of which may match (OR), each as `describePeer`
 * says it; when each is a podSelector alone (pods of the policy's own
 * namespace), that namespace is said once:
 *
 * ```yaml
 * from: [{podSelector: {matchLabels: {app: web}}}, {podSelector: {matchLabels: {app: api}}}]
 * # pods in namespace shop (the policy's own) with app=web or with app=api
 * ```
 */
export function describePeersOr(
  peers: readonly NetworkPolicyPeer[],
  policyNamespace: string,
): string {
  const selectors = peers.map((p) =>
    p.ipBlock === undefined && p.namespaceSelector === undefined && p.podSelector !== undefined
      ? describeSelector(p.podSelector)
      : '',
  );
  if (peers.length < 2 || selectors.includes('')) {
    return namesJoin(
      peers.map((p) => describePeer(p, policyNamespace)),
      Infinity,
      'or',
    );
  }
  const withs = selectors.map((selector) => `with ${selector}`);
  return `pods in ${ownNamespace(policyNamespace)} ${namesJoin(withs, Infinity, 'or')}`;
}

/** `TCP 3306`, `TCP 32000-32768`, `any UDP port`, `TCP port named http, which is 80 on prod/web`. */
export function describePort(entry: NetworkPolicyPort, destination: string, port: number): string {
  const text = rulePortText(entry, 'sentence');
  return typeof entry.port === 'string' ? `${text}, which is ${port} on ${destination}` : text;
}

/**
 * The rule behind a hit: `spec.ingress[0] of prod/db-policy: from pods with
 * name=api-pod in namespaces with name=prod, on TCP 3306`. The peer and port
 * described are the ones that matched; an absent or empty `from`/`to` means
 * every peer, and absent or empty `ports` every port.
 */
export function describeRuleHit(hit: RuleHit, traffic: Traffic, doc: Doc): string {
  const where = `spec.${hit.direction}[${hit.ruleIndex}] of ${policyName(hit.policy)}`;
  const policy = policyFind(doc, hit.policy);
  if (policy === undefined) return where;
  const rule =
    hit.direction === 'ingress'
      ? {
          peers: policy.spec.ingress?.[hit.ruleIndex]?.from,
          ports: policy.spec.ingress?.[hit.ruleIndex]?.ports,
        }
      : {
          peers: policy.spec.egress?.[hit.ruleIndex]?.to,
          ports: policy.spec.egress?.[hit.ruleIndex]?.ports,
        };
  const word = peersKey(hit.direction);
  const peer = hit.peerIndex === null ? undefined : rule.peers?.[hit.peerIndex];
  const peerCount = rule.peers?.length ?? 0;
  const peerText =
    peer === undefined
      ? `${word} anywhere (no ${word} peers: every pod and every IP)`
      : `${word} ${describePeer(peer, hit.policy.namespace)}${peerCount > 1 ? ` (${word}[${hit.peerIndex ?? 0}])` : ''}`;
  const entry = hit.portIndex === null ? undefined : rule.ports?.[hit.portIndex];
  const portCount = rule.ports?.length ?? 0;
  const destination = describeEndpoint(traffic.to, doc);
  const portText =
    entry === undefined
      ? 'on any port and protocol'
      : `on ${describePort(entry, destination, traffic.port)}${portCount > 1 ? ` (ports[${hit.portIndex ?? 0}])` : ''}`;
  return `${where}: ${peerText}, ${portText}`;
}

/**
 * Isolation per direction: a pod is isolated for egress (ingress) when some
 * policy of its namespace selects it and lists `Egress` (`Ingress`) in
 * `policyTypes`; then only what a rule allows gets through.
 */
function directionSentences(
  verdict: Verdict,
  side: DirectionVerdict,
  direction: Direction,
  doc: Doc,
  enforced: boolean,
): string[] {
  const { traffic } = verdict;
  const selfEndpoint = direction === 'egress' ? traffic.from : traffic.to;
  const self = describeEndpoint(selfEndpoint, doc);
  const other = describeEndpoint(direction === 'egress' ? traffic.to : traffic.from, doc);
  const what = portText(traffic, SENTENCE);
  if (!side.applies) {
    return direction === 'egress'
      ? [`${self} is outside the cluster: no NetworkPolicy governs the traffic it sends.`]
      : [`${self} is outside the cluster: no NetworkPolicy governs the traffic it receives.`];
  }
  if (!side.isolated) {
    const pType = direction === 'egress' ? 'Egress' : 'Ingress';
    const namespace =
      selfEndpoint.kind === 'pod' ? selfEndpoint.key.slice(0, selfEndpoint.key.indexOf('/')) : '';
    return [
      `${self} is not isolated for ${direction}: no NetworkPolicy in namespace ${namespace} selects it with ${pType} in its policyTypes, so ${direction === 'egress' ? 'it may open any connection' : 'it accepts any connection'}.`,
    ];
  }
  const names = side.isolatingPolicies.map(policyName);
  const sentences = [
    `${self} is isolated for ${direction} by ${names.length === 1 ? 'policy' : 'policies'} ${namesJoin(names, Infinity)}.`,
  ];
  if (side.hits.length > 0) {
    for (const hit of side.hits)
      sentences.push(`Allowed by ${describeRuleHit(hit, traffic, doc)}.`);
    return sentences;
  }
  const towards = direction === 'egress' ? `to ${other}` : `from ${other}`;
  const subject = names.length === 1 ? 'It has no' : 'None of them has an';
  sentences.push(
    `${subject} ${direction} rule that allows traffic ${towards} on ${what}, so the connection ${enforced ? 'is' : 'would be'} blocked here.`,
  );
  const ruleless = side.isolatingPolicies.filter((ref) => {
    const rules = policyFind(doc, ref)?.spec[direction];
    return rules === undefined || rules.length === 0;
  });
  if (ruleless.length > 0) {
    sentences.push(
      `(${namesJoin(ruleless.map(policyName), Infinity)} ${ruleless.length === 1 ? 'has' : 'have'} no ${direction} rules: ${ruleless.length === 1 ? 'it only isolates' : 'they only isolate'}.)`,
    );
  }
  return sentences;
}

/**
 * The blocking check's first sentence when the plugin does not enforce the
 * policies: the packet passes, and what follows is what the policies would do.
 */
function notEnforcedSentence(plugin: NetworkPlugin): string {
  return (
    `Not enforced ${notEnforcedWith(plugin)}: the packet passes. On a cluster whose network ` +
    'plugin enforces NetworkPolicies, this check would block it.'
  );
}

/**
 * One connection explained: the egress check at the source, the ingress check
 * at the destination, the replies. With a `plugin` that does not enforce
 * NetworkPolicies (Flannel, none), a connection the policies block still gets
 * through: the summary and the replies say so, and each check that would
 * block says it is not enforced before saying why it would block.
 */
export function explainVerdict(
  verdict: Verdict,
  doc: Doc,
  plugin: NetworkPlugin = DEFAULT_NETWORK_PLUGIN,
): Explanation {
  const { traffic } = verdict;
  const from = describeEndpoint(traffic.from, doc);
  const to = describeEndpoint(traffic.to, doc);
  const through = connectionGetsThrough(plugin, verdict.allowed);
  let outcome = 'ALLOWED';
  if (!verdict.allowed) {
    const blockers = [
      ...(verdict.egress.allowed ? [] : [`the egress check at ${from}`]),
      ...(verdict.ingress.allowed ? [] : [`the ingress check at ${to}`]),
    ];
    const where = namesJoin(blockers, Infinity);
    outcome = through
      ? `ALLOWED: not enforced ${notEnforcedWith(plugin)} (the policies would block it at ${where})`
      : `BLOCKED by ${where}`;
  }
  const reply = through
    ? `Replies from ${to} back to ${from} on this connection are allowed automatically; no rule is written for them.`
    : `The connection is never set up, so there are no replies to allow.`;
  const side = (direction: Direction, result: DirectionVerdict): string[] => {
    const enforced = enforces(plugin);
    const sentences = directionSentences(verdict, result, direction, doc, enforced);
    return result.allowed || enforced ? sentences : [notEnforcedSentence(plugin), ...sentences];
  };
  return {
    summary: `${from} → ${to} on ${portText(traffic, SENTENCE)}: ${outcome}`,
    egress: { title: `Egress at the source ${from}`, sentences: side('egress', verdict.egress) },
    ingress: {
      title: `Ingress at the destination ${to}`,
      sentences: side('ingress', verdict.ingress),
    },
    reply,
  };
}

/** The explanation as plain text lines: summary, the two checks (indented), the replies. */
export function explanationLines(explanation: Explanation): string[] {
  return [
    explanation.summary,
    `  ${explanation.egress.title}:`,
    ...explanation.egress.sentences.map((s) => `    ${s}`),
    `  ${explanation.ingress.title}:`,
    ...explanation.ingress.sentences.map((s) => `    ${s}`),
    `  ${explanation.reply}`,
  ];
}
