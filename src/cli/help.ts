/** Help texts, built from the command specs so that flags and help never disagree. */
import type { CommandSpec } from './command';

export const PROGRAM = 'netpol-canvas';

function flagLines(spec: CommandSpec): string[] {
  const rows = [
    ...spec.flags.map((f) => ({
      left: `--${f.name}${f.value === undefined ? '' : ` ${f.value}`}`,
      right: f.description,
    })),
    { left: '-h, --help', right: 'show this help' },
  ];
  const width = Math.max(...rows.map((r) => r.left.length));
  return rows.map((r) => `  ${r.left.padEnd(width)}  ${r.right}`);
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${PROGRAM} ${spec.synopsis}`, '', spec.summary];
  if (spec.details.length > 0) lines.push('', ...spec.details);
  lines.push('', 'Options:', ...flagLines(spec));
  if (spec.examples.length > 0) {
    lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${PROGRAM} ${e}`));
  }
  return lines.join('\n') + '\n';
}

export function mainHelp(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length));
  return (
    [
      `Usage: ${PROGRAM} <command> FILE... [options]`,
      '',
      'Computes which traffic Kubernetes NetworkPolicies (networking.k8s.io/v1) allow and why,',
      'checks manifests as the API server would, and writes kubectl-ready YAML.',
      '',
      'Commands:',
      ...specs.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
      `  ${'help'.padEnd(width)}  show help for a command (${PROGRAM} help reach)`,
      '',
      'FILE is YAML or JSON (many documents, kind: List, kubectl get -o yaml dumps);',
      "'-' reads standard input; several files merge into one document (a file of other kinds only,",
      'such as a ConfigMap, is a warning). A directory stands for its .yaml, .yml and .json files,',
      'recursively and in sorted order, hidden ones (.github/) skipped.',
      'Pods and workloads are named namespace/name.',
      '',
      'Exit status: 0 ok, 1 invalid input or failed expectations, 2 usage error, 70 internal error,',
      '74 output not written (a full disk), 141 the reader went away (| head), as after SIGPIPE.',
      `Run '${PROGRAM} <command> --help' for the options of a command.`,
    ].join('\n') + '\n'
  );
}
