/** `netpol-canvas reach`: all-pairs reachability, as a table, JSON, CSV, Markdown or DOT. */
import { buildMatrix, compilePolicies, declaredPorts, enforces, withInferred } from '../../engine';
import type { Protocol } from '../../model';
import { flagSet, flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { inferHint, inferredPodLines } from '../inferredPods';
import { focusResolve } from '../reachFocus';
import {
  NETWORK_PLUGIN_FLAG,
  networkPluginNote,
  networkPluginOption,
} from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { outputIsData, REACH_OUTPUTS, reachOutputOption, reachWrite } from '../reachOutput';
import { matrixAllAllowed } from '../reachResults';
import { ASCII_SYMBOLS, UNICODE_SYMBOLS } from '../reachTable';
import { usageFail } from '../usage';

interface PortProtocol {
  readonly port: number;
  readonly protocol: Protocol;
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const portText = flagValue(args, 'port');
  const protocolText = flagValue(args, 'protocol');
  const port = portText === undefined ? undefined : portParse(portText);
  if (port?.ok === false) return usageFail(ctx, 'reach', port.message);
  const protocol = protocolText === undefined ? undefined : protocolParse(protocolText);
  if (protocol?.ok === false) return usageFail(ctx, 'reach', protocol.message);
  const output = reachOutputOption(args);
  if (!output.ok) return usageFail(ctx, 'reach', output.message);
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, 'reach', plugin.message);

  const loaded = await documentLoad('reach', args.positionals, ctx);
  if (!loaded.ok) return loaded.exit;
  const infer = flagSet(args, 'infer');
  const doc = infer ? withInferred(loaded.doc) : loaded.doc;
  const index = compilePolicies(doc);
  const focus = focusResolve(flagValue(args, 'focus'), doc, index.pods);
  if (!focus.ok) {
    await writeLines(ctx.stderr, [`netpol-canvas reach: ${focus.message}`]);
    return EXIT.invalid;
  }
  const inferred = doc.workloads.filter((w) => w.inferred !== undefined);
  const hint = infer ? null : inferHint(doc);
  if (hint !== null) await writeLines(ctx.stderr, [`netpol-canvas reach: ${hint}`]);
  const note = networkPluginNote(plugin.value);
  if (note !== null) await writeLines(ctx.stderr, [note]);

  let targets: readonly PortProtocol[];
  if (port !== undefined) targets = [{ port: port.value, protocol: protocol?.value ?? 'TCP' }];
  else {
    targets = declaredPorts(doc).filter(
      (t) => protocol === undefined || t.protocol === protocol.value,
    );
    if (targets.length === 0) {
      const which = protocol === undefined ? '' : `${protocol.value} `;
      await ctx.stderr.write(
        `netpol-canvas reach: no pod declares a ${which}container port; give --port N\n`,
      );
    }
  }

  const enforced = enforces(plugin.value);
  const matrixAt = (i: number) => {
    const target = targets[i];
    if (target === undefined) throw new Error(`no port at ${i}`);
    const matrix = buildMatrix(index, target.port, target.protocol);
    return enforced ? matrix : matrixAllAllowed(matrix);
  };
  const results = { pods: index.pods, count: targets.length, matrixAt, focus: focus.value };
  // On a data format, stdout stays exactly the data: the list of inferred pods goes to stderr.
  const legend = inferredPodLines(inferred);
  if (outputIsData(output.value)) await writeLines(ctx.stderr, legend);
  else if (legend.length > 0) await writeLines(ctx.stdout, [...legend, '']);
  const symbols = flagSet(args, 'ascii') ? ASCII_SYMBOLS : UNICODE_SYMBOLS;
  await reachWrite(output.value, ctx.stdout, results, symbols);
  return EXIT.ok;
}

export const reachCommand: Command = {
  spec: {
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
      'pod per distinct selector the policies use there, named after it (shop/app-web for',
      'app=web, all-pods for {}), with the ports of the rules that reach it; they are listed',
      'first, each marked (inferred) (on stderr for every format but table).',
    ],
    flags: [
      { name: 'port', value: 'N', description: 'only this port (1-65535)' },
      { name: 'protocol', value: 'P', description: 'TCP, UDP or SCTP (with --port: default TCP)' },
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
      { name: 'infer', description: 'add the pods the policies select where a namespace has none' },
    ],
    examples: [
      'reach cluster.yaml',
      'reach cluster.yaml policies.yaml --port 80 --protocol TCP',
      'reach --json - < dump.yaml',
      'reach cluster.yaml --port 443 --output dot | dot -Tsvg > reach.svg',
      'reach cluster.yaml --focus shop/frontend --output md',
      'reach --infer policies/',
    ],
  },
  run,
};
