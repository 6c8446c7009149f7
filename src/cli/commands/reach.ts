/** `netpol-canvas reach`: all-pairs reachability, as a table, JSON, CSV, Markdown or DOT. */
import { buildMatrix, compilePolicies, declaredPorts, enforces } from '../../engine';
import type { Protocol } from '../../model';
import { flagSet, flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { REACH_SPEC } from './reachSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { inferredDocs, inferredPodLines } from '../inferredPods';
import { focusResolve } from '../reach/focus';
import { networkPluginNote, networkPluginOption } from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { outputIsData, reachOutputOption, reachWrite } from '../reach/output';
import { matrixAllAllowed } from '../reach/results';
import { ASCII_SYMBOLS, UNICODE_SYMBOLS } from '../reach/table';
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
  const [doc = loaded.doc] = await inferredDocs('reach', args, [loaded.doc], ctx);
  const index = compilePolicies(doc);
  const focus = focusResolve(flagValue(args, 'focus'), doc, index.pods);
  if (!focus.ok) {
    await writeLines(ctx.stderr, [`netpol-canvas reach: ${focus.message}`]);
    return EXIT.invalid;
  }
  const inferred = doc.workloads.filter((w) => w.inferred !== undefined);
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

export const reachCommand: Command = { spec: REACH_SPEC, run };
