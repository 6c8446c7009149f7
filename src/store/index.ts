export type { Autosave, DesignStorage, SavedDesign } from './autosave';
export { AUTOSAVE_KEY, designLoad, designSave, startAutosave } from './autosave';
export type { EditorStore, EditorStoreOptions } from './createEditorStore';
export { createEditorStore } from './createEditorStore';
export type {
  DialogName,
  EditorState,
  FlowDraft,
  Notice,
  PanelName,
  Position,
  Positions,
  Selection,
  ViewName,
} from './editorState';
export { EditorProvider } from './EditorProvider';
export { editProblem } from './editCheck';
export type { FlowGroup } from './flowGroups';
export { POSITION_ANNOTATION, docWithPositions, positionsFromDoc } from './layoutAnnotations';
export type { NodeRef } from './nodeIds';
export { nodeIdOf, nodeIdOfEnd, nodeLabelOf, nodeRefParse } from './nodeIds';
export { selectReachMatrix } from './matrixSelectors';
export type { PortVerdict, ReachCell, Unchecked } from './reachCell';
export { reachCell } from './reachCell';
export type { MatrixNode, PortRef, ReachMatrix } from './reachMatrix';
export { portKey } from './reachMatrix';
export { selectionRemoval } from './selectionRemoval';
export { selectPolicyPeers } from './policyPeers';
export type { PathGroup } from './pathGroups';
export {
  pathsBetweenNodes,
  pathsOfNode,
  selectFocusId,
  selectFocusPaths,
  selectPathGroups,
} from './pathSelectors';
export type { Isolation } from './selectors';
export {
  selectCanRedo,
  selectCanUndo,
  selectDoc,
  selectDocumentYaml,
  selectFlowGroups,
  selectFlows,
  selectPositions,
  selectSelection,
  selectHighlightedPods,
  selectIndex,
  selectIsEmpty,
  selectIsolation,
  selectPoliciesYaml,
} from './selectors';
export {
  findingNodeId,
  selectFindingCounts,
  selectFindings,
  selectShownFindingNodes,
} from './findingsSelectors';
export type { WalkPlan } from './walkSelectors';
export { selectWalkPlan, selectWalkStop, walkEndpointOf, walkRequestOf } from './walkSelectors';
export type { WalkRequest } from './walkSlice';
export type { WalkStop, WalkStopKind } from './walkStops';
export { REPLY_LABEL, walkStopAnnouncement } from './walkStops';
export { selectEnforced, selectNetworkBanner } from './enforcement';
export type { LessonSession } from './lessonSlice';
export {
  selectLessonFocusNodes,
  selectLessonStep,
  selectLessonViewNodes,
  selectTrafficTable,
} from './lessonSelectors';
export type { Settings } from './settingsStorage';
export { SETTINGS_KEY, settingsLoad, settingsSave, startSettingsSave } from './settingsStorage';
export { useEditorApi, useEditorStore } from './useEditorStore';
