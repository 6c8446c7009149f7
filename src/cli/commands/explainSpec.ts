/** `netpol-canvas explain`: its help and flags; what it does is in explain.ts, loaded when it runs. */
import type { CommandSpec } from '../command';
import { NETWORK_PLUGIN_FLAG } from '../networkPluginOption';
import { INFER_FLAG } from '../options';

export const EXPLAIN_SPEC: CommandSpec = {
  name: 'explain',
  synopsis:
    'explain FILE... --from <pod|IP> --to <pod|IP|svc/NS/NAME> --port N [--protocol P] [--json] [--infer]',
  summary: 'Explain one connection: is it allowed, and which policy and rule decide.',
  details: [
    'A connection is named by who starts it. It needs two checks to pass: the egress check',
    'at the source and the ingress check at the destination. For each, explain says whether',
    'the pod is isolated (and by which policies) and which rule allowed the traffic, or that',
    'none did. Replies on an allowed connection need no rule.',
    '--from and --to take namespace/name, a pod name found in one namespace only, an IP or a',
    'CIDR (outside the cluster unless it is a pod IP), or the name of an external endpoint.',
    "--port also takes a port name (serve-80-tcp), looked up in the destination's container ports.",
    "--to svc/namespace/name names a Service (from the input's Service objects) and --port one of",
    'its ports: each pod it selects is explained on the port it receives (targetPort), which is',
    'the port the policies must allow; --json then prints {service, port, protocol, targets}.',
    'With --network-plugin flannel (or none) policies are not enforced: the connection gets',
    'through, and the explanation says what the policies would do where they are enforced.',
    '--json prints the verdict object; with --network-plugin it also has networkPlugin,',
    'enforced and policiesAllow, and allowed says whether the connection gets through.',
    'A namespace with policies and no pods (a folder of policies) has no pods to name; --infer',
    'adds the pods its policies select, named as reach --infer lists them (shop/web).',
    'The exit status is 0 whether the connection is allowed or blocked (see check for CI).',
  ],
  flags: [
    { name: 'from', value: 'POD|IP', description: 'who opens the connection' },
    { name: 'to', value: 'POD|IP|svc/NS/NAME', description: 'who accepts it (or a Service)' },
    {
      name: 'port',
      value: 'N',
      description: "destination port (1-65535), or the name of one of the destination's ports",
    },
    { name: 'protocol', value: 'P', description: 'TCP (default), UDP or SCTP' },
    NETWORK_PLUGIN_FLAG,
    { name: 'json', description: 'print the verdict object as JSON' },
    INFER_FLAG,
  ],
  examples: [
    'explain app.yaml --from prod/api --to prod/db --port 3306',
    'explain app.yaml --from web --to db --port 3306',
    'explain app.yaml --from prod/db --to 192.168.5.10 --port 80 --json',
    'explain app.yaml --from prod/web --to svc/prod/api --port 80',
    'explain --infer policies/ --from shop/frontend --to shop/cartservice --port 7070',
  ],
};
