/** `netpol-canvas generate`: its help and flags; what it does is in generate.ts, loaded when it runs. */
import type { CommandSpec } from '../command';
import { NETWORK_PLUGIN_FLAG } from '../networkPluginOption';

export const GENERATE_SPEC: CommandSpec = {
  name: 'generate',
  synopsis:
    'generate [FILE...] --flows FLOWS [--flows FLOWS...] [--default-deny] [--cidr-prefix N]',
  summary: 'Propose least-privilege NetworkPolicies from observed traffic.',
  details: [
    "FLOWS is what 'hubble observe -o json' prints (one flow a line) or a CSV with the columns",
    'src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol (header optional).',
    'FILE... is the design or a dump of the cluster (pods, namespaces); its policies are left',
    'out: the proposal replaces them. A CSV names pods that must be in FILE; a pod Hubble saw',
    'that FILE lacks becomes a workload from its labels. Replies and repeated reports of one',
    'connection are folded; dropped flows and ICMP are left out.',
    'One policy per workload seen, isolating it for ingress and egress and allowing exactly',
    'what was observed, peers by the fewest labels that single them out, DNS to kube-dns kept.',
    'The YAML goes to standard output; what was read, and everything the proposal allows',
    'beyond what was observed, to standard error.',
  ],
  flags: [
    {
      name: 'flows',
      value: 'FLOWS',
      description: 'a flow log: Hubble JSON lines or CSV (repeat for more; - for standard input)',
      repeatable: true,
    },
    {
      name: 'default-deny',
      description: 'also deny everything else in every namespace with pods',
    },
    {
      name: 'cidr-prefix',
      value: 'N',
      description: 'allow an IPv4 address outside the cluster as its /N block (default: /32)',
    },
    NETWORK_PLUGIN_FLAG,
  ],
  examples: [
    'generate cluster.yaml --flows flows.json > policies.yaml',
    'hubble observe -o json --last 10000 | netpol-canvas generate cluster.yaml --flows -',
    'generate cluster.yaml --flows day1.json --flows day2.csv --default-deny --cidr-prefix 24',
  ],
};
