/**
 * One edit in a few words, past tense, for the status line: `Deleted policy prod/db-policy`.
 * The status line adds what the edit allowed and blocked (`changesText`).
 */
import type { PolicyRef } from '../verdict/verdict';
import { endLabel } from '../flows/ends';
import type { DocEdit, PolicyTemplate, RuleRef } from './types';

const policyText = (ref: PolicyRef) => `policy ${ref.namespace}/${ref.name}`;
const ruleText = (rule: RuleRef) =>
  `${rule.direction} rule ${rule.ruleIndex + 1} of ${policyText(rule.policy)}`;

function templateText(template: PolicyTemplate): string {
  switch (template.kind) {
    case 'defaultDeny':
      return `Denied ${template.policyTypes.join(' and ').toLowerCase()} by default in namespace ${template.namespace}`;
    case 'allowDnsEgress':
      return `Allowed DNS from namespace ${template.namespace}`;
    case 'allowFromNamespace':
      return `Allowed namespace ${template.from} into namespace ${template.namespace}`;
  }
}

export function editText(edit: DocEdit): string {
  switch (edit.type) {
    case 'addNamespace':
      return `Added namespace ${edit.name}`;
    case 'renameNamespace':
      return `Renamed namespace ${edit.name} to ${edit.newName}`;
    case 'setNamespaceLabels':
      return `Changed the labels of namespace ${edit.name}`;
    case 'removeNamespace':
      return `Deleted namespace ${edit.name} with its workloads and policies`;
    case 'addWorkload':
      return `Added workload ${edit.workload.namespace}/${edit.workload.name}`;
    case 'updateWorkload':
      return `Changed workload ${edit.namespace}/${edit.name}`;
    case 'removeWorkload':
      return `Deleted workload ${edit.namespace}/${edit.name}`;
    case 'addExternal':
      return `Added ${edit.external.name}`;
    case 'updateExternal':
      return `Changed ${edit.name}`;
    case 'removeExternal':
      return `Deleted ${edit.name}`;
    case 'addPolicy':
      return `Added ${policyText(edit.policy.metadata)}`;
    case 'replacePolicy':
      return `Changed ${policyText(edit.ref)}`;
    case 'renamePolicy':
      return `Renamed ${policyText(edit.ref)} to ${edit.newName}`;
    case 'duplicatePolicy':
      return `Duplicated ${policyText(edit.ref)}`;
    case 'removePolicy':
      return `Deleted ${policyText(edit.ref)}`;
    case 'removeRulePeer':
      return edit.peerIndex === null
        ? `Deleted ${ruleText(edit.rule)}`
        : `Deleted a peer of ${ruleText(edit.rule)}`;
    case 'addRule':
      return `Added an ${edit.direction} rule to ${policyText(edit.policy)}`;
    case 'setRule':
      return `Changed ${ruleText(edit.rule)}`;
    case 'moveRule':
      return `Moved ${ruleText(edit.rule)}`;
    case 'removeRule':
      return `Deleted ${ruleText(edit.rule)}`;
    case 'setPodSelector':
      return `Changed the pod selector of ${policyText(edit.policy)}`;
    case 'setPolicyTypes':
      return `Changed the policy types of ${policyText(edit.policy)}`;
    case 'applyTemplate':
      return templateText(edit.template);
    case 'allowFlow':
      return `Allowed ${endLabel(edit.flow.from)} → ${endLabel(edit.flow.to)}`;
    case 'removeFlow':
      return 'Deleted a drawn line';
    case 'setTitle':
      return edit.title.trim() === ''
        ? 'Took the name away'
        : `Named the design ${edit.title.trim()}`;
    case 'batch':
      return edit.edits.length === 1 && edit.edits[0] !== undefined
        ? editText(edit.edits[0])
        : `Made ${edit.edits.length} edits`;
  }
}
