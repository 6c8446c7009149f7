/** `netpol-canvas reach`: all-pairs reachability, as a table or as JSON. */
import { buildMatrix, compilePolicies, declaredPorts, withInferred } from '../../engine';
import type { Protocol } from '../../model';
import { flagSet, flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { inferHint, inferredPodLines } from '../inferredPods';
import { portParse, protocolParse } from '../options';
import { reachJsonWrite } from '../reachJson';
import { ASCII_SYMBOLS, reachTableLines, UNICODE_SYMBOLS } from '../reachTable';
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

  const loaded = await documentLoad('reach', args.positionals, ctx);
  if (!loaded.ok) return loaded.exit;
  const infer = flagSet(args, 'infer');
  const doc = infer ? withInferred(loaded.doc) : loaded.doc;
  const inferred = doc.workloads.filter((w) => w.inferred !== undefined);
  const hint = infer ? null : inferHint(doc);
  if (hint !== null) await writeLines(ctx.stderr, [`netpol-canvas reach: ${hint}`]);

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

  const index = compilePolicies(doc);
  const matrixAt = (i: number) => {
    const target = targets[i];
    if (target === undefined) throw new Error(`no port at ${i}`);
    return buildMatrix(index, target.port, target.protocol);
  };
  if (flagSet(args, 'json')) {
    // stdout stays exactly the results shape: the list of inferred pods goes to stderr
    await writeLines(ctx.stderr, inferredPodLines(inferred));
    await reachJsonWrite(ctx.stdout, targets.length, matrixAt);
    return EXIT.ok;
  }
  const legend = inferredPodLines(inferred);
  if (legend.length > 0) await writeLines(ctx.stdout, [...legend, '']);
  const symbols = flagSet(args, 'ascii') ? ASCII_SYMBOLS : UNICODE_SYMBOLS;
  for (let i = 0; i < targets.length; i++) {
    await writeLines(ctx.stdout, [
      ...(i > 0 ? [''] : []),
      ...reachTableLines(matrixAt(i), symbols),
    ]);
  }
  return EXIT.ok;
}

export const reachCommand: Command = {
  spec: {
    name: 'reach',
    synopsis: 'reach FILE... [--port N] [--protocol TCP|UDP|SCTP] [--json] [--ascii]',
    summary: 'All-pairs reachability: which pod may open a connection to which.',
    details: [
      'Evaluates every ordered pair of pods (a pod and itself included): a connection is',
      "allowed when the source's egress and the destination's ingress both allow it.",
      'Without --port there is one result for every port and protocol that some pod declares',
      '(containerPort), sorted by port then TCP, UDP, SCTP; --protocol alone keeps one protocol.',
      'The table has one row per source pod and one column per destination.',
      '--json prints {"results":[{"port":80,"protocol":"TCP","allowed":{"<from>":{"<to>":true}}}]}',
      'with every pair of pods, in the order of the input.',
      'A namespace with policies and no pods (a folder of policies) has no rows; --infer adds one',
      'pod per distinct selector the policies use there, named after it (shop/app-web for',
      'app=web, all-pods for {}), with the ports of the rules that reach it; they are listed',
      'first, each marked (inferred) (on stderr with --json).',
    ],
    flags: [
      { name: 'port', value: 'N', description: 'only this port (1-65535)' },
      { name: 'protocol', value: 'P', description: 'TCP, UDP or SCTP (with --port: default TCP)' },
      { name: 'json', description: 'print JSON instead of a table' },
      { name: 'ascii', description: "mark cells with '.' (allowed) and 'X' (blocked)" },
      { name: 'infer', description: 'add the pods the policies select where a namespace has none' },
    ],
    examples: [
      'reach cluster.yaml',
      'reach cluster.yaml policies.yaml --port 80 --protocol TCP',
      'reach --json - < dump.yaml',
      'reach --infer policies/',
    ],
  },
  run,
};
