/** `netpol-canvas check`: its help and flags; what it does is in check.ts, loaded when it runs. */
import type { CommandSpec } from '../command';
import { NETWORK_PLUGIN_FLAG } from '../networkPluginOption';
import { INFER_FLAG } from '../options';

export const CHECK_SPEC: CommandSpec = {
  name: 'check',
  synopsis: 'check FILE... --expect EXPECT.yaml [--infer]',
  summary: 'Check expected connections (for CI); exit 1 if any expectation fails.',
  details: [
    'EXPECT.yaml is a list of {from, to, port, protocol?, allowed: true|false} (or a mapping',
    '{expectations: [...]}); from, to and port are written as for explain (port may name a',
    'port of the destination pod), protocol defaults to TCP.',
    'Each failed expectation is printed with the explanation of its verdict, then a last line',
    "'N passed, N failed'. Exit status 0 when every expectation holds, 1 otherwise.",
    'With --network-plugin flannel (or none) policies are not enforced: every connection is',
    'allowed, so an expectation of blocked fails.',
    '--infer adds the pods the policies select where a namespace has policies and no pods, as',
    'reach --infer does, so that a folder of policies can be checked.',
  ],
  flags: [
    { name: 'expect', value: 'EXPECT.yaml', description: 'the expectations file (required)' },
    NETWORK_PLUGIN_FLAG,
    INFER_FLAG,
  ],
  examples: [
    'check app.yaml --expect expectations.yaml',
    'check --infer policies/ --expect expectations.yaml',
  ],
};
