/** `netpol-canvas explain`: one connection's verdict, and why, in words. */
import {
  compilePolicies,
  connectionGetsThrough,
  enforces,
  explainVerdict,
  explanationLines,
  isTrafficAllowed,
} from '../../engine';
import type { NetworkPlugin, Verdict } from '../../engine';
import { flagSet, flagValue } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { documentLoad } from '../documentLoad';
import { endpointResolve } from '../endpointResolve';
import { EXIT } from '../exitCode';
import { namedPortResolve, portNameIs } from '../namedPort';
import { NETWORK_PLUGIN_FLAG, networkPluginOption } from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { usageFail } from '../usage';

/**
 * `explain --json`: the verdict; with `--network-plugin`, also the plugin, whether it
 * enforces policies, and `allowed` as the connection gets through with it.
 */
function verdictJson(verdict: Verdict, plugin: NetworkPlugin | null): string {
  const value =
    plugin === null
      ? verdict
      : {
          ...verdict,
          allowed: connectionGetsThrough(plugin, verdict.allowed),
          networkPlugin: plugin,
          enforced: enforces(plugin),
          policiesAllow: verdict.allowed,
        };
  return `${JSON.stringify(value, null, 2)}\n`;
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
  const { doc } = loaded;
  const from = endpointResolve(fromText, doc);
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
    await ctx.stdout.write(verdictJson(verdict, given));
    return EXIT.ok;
  }
  const notes = [from.note, to.note].filter((n) => n !== undefined).map((n) => `(${n})`);
  const lines = explanationLines(explainVerdict(verdict, doc, plugin.value));
  await writeLines(ctx.stdout, [...lines, ...notes]);
  return EXIT.ok;
}

export const explainCommand: Command = {
  spec: {
    name: 'explain',
    synopsis: 'explain FILE... --from <pod|IP> --to <pod|IP> --port N [--protocol P] [--json]',
    summary: 'Explain one connection: is it allowed, and which policy and rule decide.',
    details: [
      'A connection is named by who starts it. It needs two checks to pass: the egress check',
      'at the source and the ingress check at the destination. For each, explain says whether',
      'the pod is isolated (and by which policies) and which rule allowed the traffic, or that',
      'none did. Replies on an allowed connection need no rule.',
      '--from and --to take namespace/name, a pod name found in one namespace only, an IP or a',
      'CIDR (outside the cluster unless it is a pod IP), or the name of an external endpoint.',
      "--port also takes a port name (serve-80-tcp), looked up in the destination's container ports.",
      'With --network-plugin flannel (or none) policies are not enforced: the connection gets',
      'through, and the explanation says what the policies would do where they are enforced.',
      '--json prints the verdict object; with --network-plugin it also has networkPlugin,',
      'enforced and policiesAllow, and allowed says whether the connection gets through.',
      'The exit status is 0 whether the connection is allowed or blocked (see check for CI).',
    ],
    flags: [
      { name: 'from', value: 'POD|IP', description: 'who opens the connection' },
      { name: 'to', value: 'POD|IP', description: 'who accepts it' },
      {
        name: 'port',
        value: 'N',
        description: "destination port (1-65535), or the name of one of the destination's ports",
      },
      { name: 'protocol', value: 'P', description: 'TCP (default), UDP or SCTP' },
      NETWORK_PLUGIN_FLAG,
      { name: 'json', description: 'print the verdict object as JSON' },
    ],
    examples: [
      'explain app.yaml --from prod/api --to prod/db --port 3306',
      'explain app.yaml --from web --to db --port 3306',
      'explain app.yaml --from prod/db --to 192.168.5.10 --port 80 --json',
    ],
  },
  run,
};
