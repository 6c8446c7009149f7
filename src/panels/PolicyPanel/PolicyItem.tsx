import { useEffect, useRef } from 'react';
import { describeSelector, effectivePolicyTypes, plural, policyTypesText } from '../../engine';
import type { NetworkPolicy } from '../../model';
import {
  selectFlows,
  selectHighlightedPods,
  showPickedPolicy,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';
import { DeletionPreview } from '../DeletionPreview';
import { PolicyForm } from '../PolicyForm/PolicyForm';
import { policyAllows } from './policyAllows';
import { policyAppliesTo } from './policyAppliesTo';
import { ruleKey, rulePeersInDesign, rulePeersText } from './rulePeersInDesign';

function policyTypesOf(policy: NetworkPolicy): string {
  return policyTypesText(effectivePolicyTypes(policy.spec));
}

/** The panel that scrolls `entry`, or null. */
function scrollerOf(entry: HTMLElement): HTMLElement | null {
  for (let el = entry.parentElement; el !== null; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return null;
}

/**
 * A policy picked elsewhere (Find, a finding, the canvas) opens out of sight in a long list:
 * its entry comes to the top of the panel, its form below. One already in sight stays put.
 */
function useInSightWhenPicked(picked: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const entry = ref.current;
    if (!picked || entry === null) return;
    const scroller = scrollerOf(entry);
    if (scroller === null) return;
    const top = entry.getBoundingClientRect().top;
    const view = scroller.getBoundingClientRect();
    if (top < view.top || top > view.bottom - 48) {
      scroller.scrollTop += top - view.top;
    }
  }, [picked]);
  return ref;
}

/** The workloads the picked policy applies to (`policyAppliesTo`). */
function AppliesTo({ policy }: { policy: NetworkPolicy }) {
  const pods = useEditorStore(selectHighlightedPods);
  return <p className="policy-applies">{policyAppliesTo(policy, pods)}</p>;
}

/** The lines of the design shown (null while those of an edit are still worked out). */
const selectCurrentFlows = (s: EditorState) =>
  s.derived !== null && s.derived.lines?.doc !== s.doc ? null : selectFlows(s);

/** What the picked policy allows, one rule a line, each with what it names in the design. */
function Allows({ policy }: { policy: NetworkPolicy }) {
  const flows = useEditorStore(selectCurrentFlows);
  // A policy that applies to no workload draws no line: its rules' peers cannot be read there.
  const applies = useEditorStore(selectHighlightedPods).length > 0;
  const { namespace, name } = policy.metadata;
  const peers = flows === null || !applies ? null : rulePeersInDesign(flows, { namespace, name });
  return (
    <ul className="policy-allows" aria-label="What it allows">
      {policyAllows(policy).map(({ text, rule }, i) => (
        <li key={`${String(i)} ${text}`}>
          {text}
          {peers !== null && rule !== null && (
            <span className="policy-allows-peers">
              {rulePeersText(peers.get(ruleKey(rule.direction, rule.ruleIndex)))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One policy: pick it to highlight what it selects and edit it; duplicate or delete it. */
export function PolicyItem({ policy, picked }: { policy: NetworkPolicy; picked: boolean }) {
  const api = useEditorApi();
  const entryRef = useInSightWhenPicked(picked);
  const namespace = policy.metadata.namespace;
  const name = policy.metadata.name;
  const ref = { namespace, name };
  const selector = describeSelector(policy.spec.podSelector);
  return (
    <li className="policy-entry" ref={entryRef}>
      <button
        type="button"
        className="policy-item"
        aria-pressed={picked}
        onClick={() => {
          api.getState().select(picked ? null : { kind: 'policy', namespace, name });
          showPickedPolicy(api.getState);
        }}
      >
        <span className="policy-name">{name}</span>
        <span className="policy-ns">{namespace}</span>
        <span className="policy-types">{policyTypesOf(policy)}</span>
        <span className="policy-selector">
          selects {selector === '' ? 'every pod of its namespace' : selector}
        </span>
        <span className="policy-rules">
          {plural(policy.spec.ingress?.length ?? 0, 'ingress rule')},{' '}
          {plural(policy.spec.egress?.length ?? 0, 'egress rule')}
        </span>
      </button>
      {picked && <AppliesTo policy={policy} />}
      {picked && <Allows policy={policy} />}
      {picked && (
        <div className="policy-actions">
          <button
            type="button"
            onClick={() => {
              api.getState().dispatch({ type: 'duplicatePolicy', ref });
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => {
              api.getState().dispatch({ type: 'removePolicy', ref });
              api.getState().select(null);
            }}
          >
            Delete
          </button>
          <DeletionPreview edit={{ type: 'removePolicy', ref }} what="this policy" />
        </div>
      )}
      {picked && <PolicyForm policyRef={ref} />}
    </li>
  );
}
