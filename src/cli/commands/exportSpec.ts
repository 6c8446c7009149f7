/** `netpol-canvas export`: its help and flags; what it does is in export.ts, loaded when it runs. */
import type { CommandSpec } from '../command';

export const EXPORT_SPEC: CommandSpec = {
  name: 'export',
  synopsis: 'export FILE... [--all]',
  summary: 'Write the NetworkPolicies as normalized, kubectl-ready YAML.',
  details: [
    "One document per NetworkPolicy, separated by '---', keys in a stable order, policyTypes",
    'written out, server-side fields dropped; the same input always gives the same bytes.',
    'With --all, the namespaces, workloads and external endpoints come first, in a form that',
    'netpol-canvas reads back, so that a whole design round-trips.',
  ],
  flags: [{ name: 'all', description: 'also write namespaces, workloads and external endpoints' }],
  examples: [
    'export dump.yaml > policies.yaml',
    'export dump.yaml | kubectl create -f -',
    'export --all design.yaml',
  ],
};
