/**
 * `applyEdit(doc, edit)`: the one way the document changes. Pure; returns the
 * SAME document object when the edit changes nothing (an unknown target, a
 * name already taken, a value equal to the current one), so a store detects a
 * no-op by identity. Everything the edit does not touch keeps its identity
 * (structural sharing), which keeps `createEvaluator` incremental.
 *
 * Names are not validated here (the engine may not import io): the UI checks
 * them with io's `k8sNames` before dispatching.
 */
import type { Doc } from '../../model';
import type { DocEdit } from './types';
import { namespaceAdd, namespaceLabelsSet, namespaceRemove, namespaceRename } from './namespace';
import {
  policyAdd,
  policyDuplicate,
  policyRemove,
  policyRename,
  policyReplace,
  rulePeerRemove,
} from './policy';
import {
  externalAdd,
  externalRemove,
  externalUpdate,
  workloadAdd,
  workloadRemove,
  workloadUpdate,
} from './workload';
import { flowDraw } from '../flows/draw';
import { flowRemove } from '../flows/remove';
import { templateApply } from './policyTemplates';
import { titleSet } from './title';
import { podSelectorSet, policyTypesSet, ruleAdd, ruleMove, ruleRemove, ruleSet } from './rules';

export function applyEdit(doc: Doc, edit: DocEdit): Doc {
  switch (edit.type) {
    case 'addNamespace':
      return namespaceAdd(doc, edit.name, edit.labels);
    case 'renameNamespace':
      return namespaceRename(doc, edit.name, edit.newName);
    case 'setNamespaceLabels':
      return namespaceLabelsSet(doc, edit.name, edit.labels);
    case 'removeNamespace':
      return namespaceRemove(doc, edit.name);
    case 'addWorkload':
      return workloadAdd(doc, edit.workload);
    case 'updateWorkload':
      return workloadUpdate(doc, edit.namespace, edit.name, edit.changes);
    case 'removeWorkload':
      return workloadRemove(doc, edit.namespace, edit.name);
    case 'addExternal':
      return externalAdd(doc, edit.external);
    case 'updateExternal':
      return externalUpdate(doc, edit.name, edit.external);
    case 'removeExternal':
      return externalRemove(doc, edit.name);
    case 'addPolicy':
      return policyAdd(doc, edit.policy);
    case 'replacePolicy':
      return policyReplace(doc, edit.ref, edit.policy);
    case 'renamePolicy':
      return policyRename(doc, edit.ref, edit.newName);
    case 'duplicatePolicy':
      return policyDuplicate(doc, edit.ref, edit.newName);
    case 'removePolicy':
      return policyRemove(doc, edit.ref);
    case 'removeRulePeer':
      return rulePeerRemove(doc, edit.rule, edit.peerIndex);
    case 'addRule':
      return ruleAdd(doc, edit.policy, edit.direction, edit.rule);
    case 'setRule':
      return ruleSet(doc, edit.rule, edit.value);
    case 'moveRule':
      return ruleMove(doc, edit.rule, edit.to);
    case 'removeRule':
      return ruleRemove(doc, edit.rule);
    case 'setPodSelector':
      return podSelectorSet(doc, edit.policy, edit.podSelector);
    case 'setPolicyTypes':
      return policyTypesSet(doc, edit.policy, edit.policyTypes);
    case 'applyTemplate':
      return templateApply(doc, edit.template);
    case 'allowFlow':
      return flowDraw(doc, edit.flow).doc;
    case 'removeFlow':
      return flowRemove(doc, edit.id);
    case 'setTitle':
      return titleSet(doc, edit.title);
    case 'batch':
      return edit.edits.reduce(applyEdit, doc);
  }
}
