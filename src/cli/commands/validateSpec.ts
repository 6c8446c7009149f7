/** `netpol-canvas validate`: its help and flags; what it does is in validate.ts, loaded when it runs. */
import type { CommandSpec } from '../command';

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  synopsis: 'validate FILE...',
  summary: 'Check manifests as the API server would; one line per problem.',
  details: [
    'Each problem is printed as FILE:LINE:COL: PATH: message, where PATH is the field',
    '(spec.ingress[0].from[1].ipBlock.cidr); warnings say "warning:" before the message.',
    'Unknown fields and duplicate keys in a NetworkPolicy are errors (like kubectl with strict',
    'field validation); objects of kinds netpol-canvas does not model are warnings.',
    'An unquoted yes, no, on, off, y or n where text is expected is an error, as kubectl reads',
    'it as a boolean (YAML 1.1): quote it. (The other commands read it as text, with a warning.)',
    'Exit status 0 when there is no error (warnings allowed), 1 otherwise.',
  ],
  flags: [],
  examples: [
    'validate policies.yaml',
    'kubectl get netpol,pods,ns -A -o yaml | netpol-canvas validate -',
  ],
};
