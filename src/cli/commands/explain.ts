/** `netpol-canvas explain`: one connection's verdict, and why, in words. */
import {
  compilePolicies,
  connectionGetsThrough,
  serviceName,
  enforces,
  explainVerdict,
  explanationLines,
  isTrafficAllowed,
  portText,
} from '../../engine';
import type { Endpoint, NetworkPlugin, Verdict } from '../../engine';
import { podKeyOf } from '../../model';
import type { Doc, Protocol } from '../../model';
import { flagSet, flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { EXPLAIN_SPEC } from './explainSpec';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { inferredDocs } from '../inferredPods';
import { endpointResolve } from '../endpointResolve';
import { EXIT } from '../exitCode';
import { namedPortResolve, portNameIs } from '../namedPort';
import { NETWORK_PLUGIN_FLAG, networkPluginOption } from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { serviceRefIs, serviceTargetResolve } from '../serviceTarget';
import { usageFail } from '../usage';

/**
 * `explain --json`: the verdict; with `--network-plugin`, also the plugin, whether it
 * enforces policies, and `allowed` as the connection gets through with it.
 */
function verdictValue(verdict: Verdict, plugin: NetworkPlugin | null): object {
  return plugin === null
    ? verdict
    : {
        ...verdict,
        allowed: connectionGetsThrough(plugin, verdict.allowed),
        networkPlugin: plugin,
        enforced: enforces(plugin),
        policiesAllow: verdict.allowed,
      };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * `--to svc/…`: each pod the Service sends to, explained on the port it receives. JSON:
 * `{service, port, protocol, targets: [{pod, targetPort, verdict}]}` (`targetPort` null and no
 * `verdict` for a pod that declares no port of the Service's `targetPort` name).
 */
async function explainService(
  args: ParsedArgs,
  ctx: CliContext,
  doc: Doc,
  from: Endpoint,
  protocol: Protocol,
  plugin: NetworkPlugin,
): Promise<number> {
  const target = serviceTargetResolve(
    flagValue(args, 'to') ?? '',
    flagValue(args, 'port') ?? '',
    protocol,
    doc,
  );
  if (!target.ok) {
    await ctx.stderr.write(`netpol-canvas explain: --to: ${target.message}\n`);
    return EXIT.invalid;
  }
  const { service, servicePort, pods } = target.value;
  const index = compilePolicies(doc);
  const results = pods.map(({ workload, port }) => {
    const key = podKeyOf(workload.namespace, workload.name);
    const verdict =
      port === null
        ? null
        : isTrafficAllowed(index, { from, to: { kind: 'pod', key }, port, protocol });
    return { key, port, verdict };
  });
  if (flagSet(args, 'json')) {
    const given = flagValue(args, NETWORK_PLUGIN_FLAG.name) === undefined ? null : plugin;
    const targets = results.map(({ key, port, verdict }) => ({
      pod: key,
      targetPort: port,
      ...(verdict === null ? {} : { verdict: verdictValue(verdict, given) }),
    }));
    await ctx.stdout.write(
      json({ service: serviceName(service), port: servicePort.port, protocol, targets }),
    );
    return EXIT.ok;
  }
  const named =
    typeof servicePort.targetPort === 'string' ? ` (the port named ${servicePort.targetPort})` : '';
  const lines = [
    `Service ${serviceName(service)}, ${portText({ protocol, port: servicePort.port }, { sentence: true })}: the connection reaches a pod on its own port${named}, after the Service's translation; that port is what the policies check.`,
    ...results.flatMap(({ key, port, verdict }) =>
      verdict === null || port === null
        ? [
            `${key} declares no ${protocol} container port named ${String(servicePort.targetPort)}: the Service sends nothing there.`,
          ]
        : [
            `${key} receives it on ${portText({ protocol, port })}:`,
            ...explanationLines(explainVerdict(verdict, doc, plugin)).map((line) => `  ${line}`),
          ],
    ),
  ];
  await writeLines(ctx.stdout, lines);
  return EXIT.ok;
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const fromText = flagValue(args, 'from');
  const toText = flagValue(args, 'to');
  const portText = flagValue(args, 'port');
  if (fromText === undefined) return usageFail(ctx, 'explain', 'missing --from <pod|IP>');
  if (toText === undefined) return usageFail(ctx, 'explain', 'missing --to <pod|IP>');
  if (portText === undefined) return usageFail(ctx, 'explain', 'missing --port N');
  const port = portNameIs(portText) ? null : portParse(portText);
  if (port?.ok === false) return usageFail(ctx, 'explain', port.message);
  const protocol = protocolParse(flagValue(args, 'protocol') ?? 'TCP');
  if (!protocol.ok) return usageFail(ctx, 'explain', protocol.message);
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, 'explain', plugin.message);

  const loaded = await documentLoad('explain', args.positionals, ctx);
  if (!loaded.ok) return loaded.exit;
  const [doc = loaded.doc] = await inferredDocs('explain', args, [loaded.doc], ctx);
  const from = endpointResolve(fromText, doc);
  if (serviceRefIs(fromText)) {
    const message = 'a Service only receives connections: name the pod that opens one';
    await ctx.stderr.write(`netpol-canvas explain: --from: ${message}\n`);
    return EXIT.invalid;
  }
  if (serviceRefIs(toText)) {
    if (!from.ok) {
      await ctx.stderr.write(`netpol-canvas explain: --from: ${from.message}\n`);
      return EXIT.invalid;
    }
    return explainService(args, ctx, doc, from.endpoint, protocol.value, plugin.value);
  }
  const to = endpointResolve(toText, doc);
  const problems = [
    ...(from.ok ? [] : [`--from: ${from.message}`]),
    ...(to.ok ? [] : [`--to: ${to.message}`]),
  ];
  if (!from.ok || !to.ok) {
    await writeLines(
      ctx.stderr,
      problems.map((p) => `netpol-canvas explain: ${p}`),
    );
    return EXIT.invalid;
  }

  const portNumber = port ?? namedPortResolve(portText, to.endpoint, protocol.value, doc);
  if (!portNumber.ok) {
    await ctx.stderr.write(`netpol-canvas explain: ${portNumber.message}\n`);
    return EXIT.invalid;
  }
  const traffic = {
    from: from.endpoint,
    to: to.endpoint,
    port: portNumber.value,
    protocol: protocol.value,
  };
  const verdict = isTrafficAllowed(compilePolicies(doc), traffic);
  if (flagSet(args, 'json')) {
    const given = flagValue(args, NETWORK_PLUGIN_FLAG.name) === undefined ? null : plugin.value;
    await ctx.stdout.write(json(verdictValue(verdict, given)));
    return EXIT.ok;
  }
  const notes = [from.note, to.note].filter((n) => n !== undefined).map((n) => `(${n})`);
  const lines = explanationLines(explainVerdict(verdict, doc, plugin.value));
  await writeLines(ctx.stdout, [...lines, ...notes]);
  return EXIT.ok;
}

export const explainCommand: Command = { spec: EXPLAIN_SPEC, run };
