/** `netpol-canvas reach`: its help and flags; what it does is in reach.ts, loaded when it runs. */
import type { CommandSpec } from '../command';
import { NETWORK_PLUGIN_FLAG } from '../networkPluginOption';
import { INFER_FLAG, PORT_FILTER_FLAGS } from '../options';
import { REACH_OUTPUTS } from '../reach/output';

export const REACH_SPEC: CommandSpec = {
  name: 'reach',
  synopsis:
    'reach FILE... [--port N] [--protocol TCP|UDP|SCTP] [--output FORMAT] [--focus WORKLOAD]',
  summary: 'All-pairs reachability: which pod may open a connection to which.',
  details: [
    'Evaluates every ordered pair of pods (a pod and itself included): a connection is',
    "allowed when the source's egress and the destination's ingress both allow it.",
    'Without --port there is one result for every port and protocol that some pod declares',
    '(containerPort), sorted by port then TCP, UDP, SCTP; --protocol alone keeps one protocol.',
    'Pods of one controller (the replicas of a Deployment, ReplicaSet, StatefulSet, …) are',
    'one workload, named namespace/controller, as the app draws them.',
    'Formats (--output): table (default; rows: from, columns: to; one line per source pod',
    'beyond 40 pods), json, csv, md (a Markdown table per port) and dot (Graphviz: namespaces',
    'as clusters, an edge per allowed pair labelled with its ports, self-connections left out).',
    '--json (same as --output json) prints',
    '{"results":[{"port":80,"protocol":"TCP","allowed":{"<from>":{"<to>":true}}}]}',
    'with every pair of pods, in the order of the input. csv prints one line per pair and port:',
    'from,to,port,protocol,allowed.',
    '--focus WORKLOAD keeps the pairs one workload opens or accepts (its row and its column):',
    'in json its own row is whole and every other row holds only the cell for it.',
    '--network-plugin flannel (or none) enforces no policy: every pair is allowed, as the app',
    'shows it, with a note on stderr.',
    'A namespace with policies and no pods (a folder of policies) has no rows; --infer adds one',
    'pod per distinct selector the policies use there, named after it (shop/web for app=web',
    'or app.kubernetes.io/name=web, shop/web-edge beside it for app=web,tier=edge,',
    'all-pods for {}), with the ports of the rules that reach it; they are listed first, each',
    'marked (inferred) (on stderr for every format but table).',
  ],
  flags: [
    ...PORT_FILTER_FLAGS,
    {
      name: 'output',
      value: 'FORMAT',
      description: `${REACH_OUTPUTS.join(', ')} (default table)`,
    },
    { name: 'json', description: 'print JSON (--output json)' },
    {
      name: 'focus',
      value: 'WORKLOAD',
      description: 'only the pairs of this workload (namespace/name)',
    },
    NETWORK_PLUGIN_FLAG,
    { name: 'ascii', description: "mark cells with '.' (allowed) and 'X' (blocked)" },
    INFER_FLAG,
  ],
  examples: [
    'reach cluster.yaml',
    'reach cluster.yaml policies.yaml --port 80 --protocol TCP',
    'reach --json - < dump.yaml',
    'reach cluster.yaml --port 443 --output dot | dot -Tsvg > reach.svg',
    'reach cluster.yaml --focus shop/frontend --output md',
    'reach --infer policies/',
  ],
};
