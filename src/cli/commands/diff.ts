/**
 * `netpol-canvas diff BEFORE... --against AFTER...`: what a change to the manifests allows
 * and blocks, cell for cell as two `reach` runs would differ, with the rules that made each
 * difference. Exit 0: nothing changed; 1: something did (so CI can ask for a review);
 * 2: trouble (usage, unreadable or invalid input), as diff(1) does.
 */
import type { Doc } from '../../model';
import {
  compilePolicies,
  connectivityDiff,
  diffIsEmpty,
  enforces,
  withInferred,
  workloadsInBoth,
} from '../../engine';
import { flagSet, flagValue, flagValues } from '../args';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { writeLines } from '../context';
import { DIFF_OUTPUTS, diffOutputOption, diffWrite } from '../diffOutput';
import { documentLoad } from '../documentLoad';
import { EXIT } from '../exitCode';
import { inferHint } from '../inferredPods';
import {
  NETWORK_PLUGIN_FLAG,
  networkPluginNote,
  networkPluginOption,
} from '../networkPluginOption';
import { portParse, protocolParse } from '../options';
import { usageFail } from '../usage';

const NAME = 'diff';

/**
 * Loads one side; invalid input is trouble (2) here, since 1 means "changed". A side with
 * no document at all (a file a pull request adds has no "before") is an empty design.
 */
async function sideLoad(
  paths: readonly string[],
  infer: boolean,
  ctx: CliContext,
): Promise<{ ok: true; doc: Doc } | { ok: false; exit: number }> {
  const loaded = await documentLoad(NAME, paths, ctx, { emptyIsDesign: true });
  if (!loaded.ok) {
    return { ok: false, exit: loaded.exit === EXIT.invalid ? EXIT.trouble : loaded.exit };
  }
  return { ok: true, doc: infer ? withInferred(loaded.doc) : loaded.doc };
}

async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const against = flagValues(args, 'against');
  if (against.length === 0) {
    return usageFail(ctx, NAME, 'no version to compare with (give --against FILE...)');
  }
  if (args.positionals.length === 0) {
    return usageFail(ctx, NAME, "no input file (give BEFORE..., or '-' for standard input)");
  }
  if (args.positionals.includes('-') && against.includes('-')) {
    return usageFail(ctx, NAME, "standard input ('-') can be read only once");
  }
  const portText = flagValue(args, 'port');
  const protocolText = flagValue(args, 'protocol');
  const port = portText === undefined ? undefined : portParse(portText);
  if (port?.ok === false) return usageFail(ctx, NAME, port.message);
  const protocol = protocolText === undefined ? undefined : protocolParse(protocolText);
  if (protocol?.ok === false) return usageFail(ctx, NAME, protocol.message);
  const output = diffOutputOption(args);
  if (!output.ok) return usageFail(ctx, NAME, output.message);
  const plugin = networkPluginOption(args);
  if (!plugin.ok) return usageFail(ctx, NAME, plugin.message);

  const infer = flagSet(args, 'infer');
  const before = await sideLoad(args.positionals, infer, ctx);
  if (!before.ok) return before.exit;
  const after = await sideLoad(against, infer, ctx);
  if (!after.ok) return after.exit;
  const hint = infer ? null : (inferHint(before.doc) ?? inferHint(after.doc));
  if (hint !== null) await writeLines(ctx.stderr, [`netpol-canvas ${NAME}: ${hint}`]);
  const note = networkPluginNote(plugin.value);
  if (note !== null) await writeLines(ctx.stderr, [note]);

  const then = { doc: before.doc, index: compilePolicies(before.doc) };
  const now = { doc: after.doc, index: compilePolicies(after.doc) };
  const diff = connectivityDiff(then, now, {
    ports:
      port === undefined ? undefined : [{ port: port.value, protocol: protocol?.value ?? 'TCP' }],
    protocol: protocol?.value,
    enforced: enforces(plugin.value),
  });
  const changed = !diffIsEmpty(diff);
  const workloads = workloadsInBoth(then, now);
  await diffWrite(output.value, ctx.stdout, { diff, workloads, changed });
  return changed ? EXIT.changed : EXIT.ok;
}

export const diffCommand: Command = {
  spec: {
    name: NAME,
    synopsis: 'diff BEFORE... --against AFTER... [--output text|json|md] [--port N]',
    summary: 'What a change allows and blocks: the connections whose verdict differs.',
    details: [
      'Compares two versions of the manifests (files, folders, or - for standard input on',
      'one side) cell for cell, as two runs of reach would differ: every ordered pair of',
      'workloads present in both (a pod and itself included) on every port some pod declares',
      'in both, grouped by source and destination, "newly allowed" or "newly blocked", each',
      'with the rule that now allows it or no longer does, or the policy that now isolates',
      'the pod or no longer does. Workloads, namespaces and ports found on one side only are',
      'listed as added or removed; their connections are not changes. An empty side (no',
      'document: a file a pull request adds, or /dev/null) is an empty design.',
      'Exit status: 0 nothing changed, 1 something changed (CI can ask for a review),',
      '2 trouble: a usage error, an unreadable file or invalid input.',
      'Formats (--output): text (default), md (a table to paste into a pull request) and',
      'json (same as --json):',
      '{"changed":true,"newlyAllowed":1,"newlyBlocked":0,"changes":[{"from":"<ns/workload>",',
      '"to":"<ns/workload>","newlyAllowed":[{"port":80,"protocol":"TCP","because":[{"policy":',
      '{"namespace":"prod","name":"db-policy"},"direction":"ingress","rule":0,"effect":"allows"}],',
      '"reason":"allowed by …"}],"newlyBlocked":[]}],"namespaces":{"added":[],"removed":[]},',
      '"workloads":{"added":[],"removed":[]},"ports":{"compared":[…],"added":[],"removed":[]}}',
      'effect is allows or stopped-allowing (rule: the index in spec.ingress or spec.egress),',
      'isolates or stopped-isolating (rule: null).',
      '--network-plugin, --port, --protocol and --infer work as for reach, on both sides.',
    ],
    flags: [
      {
        name: 'against',
        value: 'AFTER...',
        list: true,
        description: 'the new version: every file up to the next flag',
      },
      {
        name: 'output',
        value: 'FORMAT',
        description: `${DIFF_OUTPUTS.join(', ')} (default text)`,
      },
      { name: 'json', description: 'print JSON (--output json)' },
      { name: 'port', value: 'N', description: 'only this port (1-65535)' },
      { name: 'protocol', value: 'P', description: 'TCP, UDP or SCTP (with --port: default TCP)' },
      NETWORK_PLUGIN_FLAG,
      { name: 'infer', description: 'add the pods the policies select where a namespace has none' },
    ],
    examples: [
      'diff old/ --against new/',
      'diff cluster.yaml policies.yaml --against cluster.yaml policies-new.yaml',
      'git show main:policies.yaml | netpol-canvas diff - --against policies.yaml',
      'diff before.yaml --against after.yaml --output md > review.md',
    ],
  },
  run,
};
