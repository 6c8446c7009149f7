/** `netpol-canvas diff`: its help and flags; what it does is in diff.ts, loaded when it runs. */
import type { CommandSpec } from '../command';
import { DIFF_OUTPUTS } from '../diffOutput';
import { NETWORK_PLUGIN_FLAG } from '../networkPluginOption';
import { INFER_FLAG, PORT_FILTER_FLAGS } from '../options';

export const DIFF_SPEC: CommandSpec = {
  name: 'diff',
  synopsis: 'diff BEFORE... --against AFTER... [--output text|json|md] [--port N]',
  summary: 'What a change allows and blocks: the connections whose verdict differs.',
  details: [
    'Compares two versions of the manifests (files, folders, or - for standard input on',
    'one side) cell for cell, as two runs of reach would differ: every ordered pair of',
    'workloads present in both (a pod and itself included) on every port some pod declares',
    'in both, grouped by source and destination, "newly allowed" or "newly blocked", each',
    'with the rule that now allows it or no longer does, or the policy that now isolates',
    'the pod or no longer does. Workloads, namespaces and ports found on one side only are',
    'listed as added or removed; their connections are not changes. An empty side (no',
    'document: a file a pull request adds, or /dev/null) is an empty design.',
    'Exit status: 0 nothing changed, 1 something changed (CI can ask for a review),',
    '2 trouble: a usage error, an unreadable file or invalid input.',
    'Formats (--output): text (default), md (a table to paste into a pull request) and',
    'json (same as --json):',
    '{"changed":true,"newlyAllowed":1,"newlyBlocked":0,"changes":[{"from":"<ns/workload>",',
    '"to":"<ns/workload>","newlyAllowed":[{"port":80,"protocol":"TCP","because":[{"policy":',
    '{"namespace":"prod","name":"db-policy"},"direction":"ingress","rule":0,"effect":"allows"}],',
    '"reason":"allowed by …"}],"newlyBlocked":[]}],"namespaces":{"added":[],"removed":[]},',
    '"workloads":{"added":[],"removed":[]},"ports":{"compared":[…],"added":[],"removed":[]}}',
    'effect is allows or stopped-allowing (rule: the index in spec.ingress or spec.egress),',
    'isolates or stopped-isolating (rule: null).',
    '--network-plugin, --port, --protocol and --infer work as for reach, on both sides.',
  ],
  flags: [
    {
      name: 'against',
      value: 'AFTER...',
      list: true,
      description: 'the new version: every file up to the next flag',
    },
    {
      name: 'output',
      value: 'FORMAT',
      description: `${DIFF_OUTPUTS.join(', ')} (default text)`,
    },
    { name: 'json', description: 'print JSON (--output json)' },
    ...PORT_FILTER_FLAGS,
    NETWORK_PLUGIN_FLAG,
    INFER_FLAG,
  ],
  examples: [
    'diff old/ --against new/',
    'diff cluster.yaml policies.yaml --against cluster.yaml policies-new.yaml',
    'git show main:policies.yaml | netpol-canvas diff - --against policies.yaml',
    'diff before.yaml --against after.yaml --output md > review.md',
  ],
};
