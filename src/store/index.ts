export type { Autosave, AutosaveOptions, AutosaveStatus } from './persist/autosave';
export { AUTOSAVE_IDLE, startAutosave } from './persist/autosave';
export type { EntryEncoder } from './persist/encodeInWorker';
export { encodeInWorker } from './persist/encodeInWorker';
export type { AutosaveLoad, UnreadableEntry } from './persist/autosaveLoad';
export { AUTOSAVE_KEY, SET_ASIDE_PREFIX, loadAutosave } from './persist/autosaveLoad';
export type { DecodedEntry, SavedDesign } from './persist/designEntry';
export { decodeEntry, encodeEntry, entryAsFile } from './persist/designEntry';
export type { DesignStorage, DesignStore } from './persist/designStore';
export { memoryDesignStore, storageErrorText } from './persist/designStore';
export { idbDesignStore } from './persist/idbDesignStore';
export type { TabChannel } from './persist/tabChannel';
export { broadcastTabChannel, memoryTabHub } from './persist/tabChannel';
export type { EditorStore, EditorStoreOptions } from './createEditorStore';
export type { DrawnBox, PlacesDrawn } from './editorState';
export { createEditorStore } from './createEditorStore';
export { selectCameraOpening, selectLayingOut } from './slices/layoutPending';
export {
  COLLAPSE_ON_OPEN_WORKLOADS,
  collapsedOnOpen,
  collapsibleNames,
  selectCollapsedCount,
  selectCollapsedDrawn,
} from './collapse/collapsedNamespaces';
export type {
  CollapsedLines,
  CollapsedSummaries,
  LineCounts,
  SummaryLine,
} from './collapse/collapseLines';
export {
  NO_LINES,
  collapseLines,
  collapsedLinesOf,
  isHiddenNode,
  lineCountsOf,
  lineCountsText,
} from './collapse/collapseLines';
export type {
  DialogName,
  EditorState,
  ThemeSetting,
  FlowDraft,
  ObservedTraffic,
  ProposalOptions,
  FocusRequest,
  KeptCamera,
  ImportStatus,
  LayoutPatch,
  LayoutRequest,
  MatrixAxes,
  MatrixFilter,
  Notice,
  PanelName,
  PresentingRoom,
  Position,
  Positions,
  Selection,
  TableFilter,
  ViewName,
} from './editorState';
export type { FindKind, FindMatch, FindTarget } from './find/findMatches';
export { findMatches } from './find/findMatches';
export { showFound, showPickedPolicy } from './find/showFound';
export { clearFound, foundFramed, selectFoundHood, selectFoundInBox } from './find/foundLabel';
export type { FoundLabel } from './find/foundLabelState';
export { EditorProvider } from './EditorProvider';
export type { OpenDerivePort } from './worker/deriveClient';
export type { DerivePort } from './worker/deriveProtocol';
export { startDerivation } from './worker/deriveClient';
export { editProblem } from './editCheck';
export { sameDesign } from './designLineage';
export type { YamlDraft, YamlDrafts } from './yamlDrafts';
export type { EdgeGroup } from './derived/edgeGroups';
export { edgeGroupsOf, statusOfAll } from './derived/edgeGroups';
export type { FlowGroup } from './derived/flowGroups';
export {
  POSITION_ANNOTATION,
  docWithPositions,
  positionsFromDoc,
} from './persist/layoutAnnotations';
export type { EdgeId, NodeId, NodeRef } from './ids';
export {
  edgeIdOf,
  edgeIdOfEnds,
  edgeIdParse,
  nodeIdOf,
  nodeIdOfEnd,
  nodeIdOfPod,
  nodeLabelOf,
  nodeRefParse,
  nodeEndParse,
  namespaceBoxOf,
  isOutsideCardId,
  collapsedBoxIdOf,
  OUTSIDE_GROUP_ID,
  OUTSIDE_GROUP_NAME,
} from './ids';
export type { MatrixView } from './derived/matrixSelectors';
export { selectMatrixView, selectReachMatrix } from './derived/matrixSelectors';
export { matrixCsv } from './derived/matrixCsv';
export type { ProposalReview } from './derived/proposalReview';
export { selectProposalReview } from './derived/proposalSelectors';
export {
  filterAmong,
  filterIsEmpty,
  namespacesOf,
  noMatchText,
  policiesFiltered,
  trafficRowNamespace,
  trafficTableFiltered,
} from './derived/tableFilter';
export type { PortVerdict, ReachCell, Unchecked } from './derived/reachCell';
export { reachCell } from './derived/reachCell';
export type { MatrixNode, PortRef, ReachMatrix } from './derived/reachMatrix';
export { matrixNodeName, portKey } from './derived/reachMatrix';
export { selectionRemoval } from './selectionRemoval';
export type { Neighbourhood, NeighbourLine } from './derived/neighbourhood';
export { isOwnEnd, neighbourhoodOf, selectNeighbourhood } from './derived/neighbourhood';
export { frameNeighbourhood, openNeighbourhood, toggleNeighbourhood } from './neighbourhoodFocus';
export { neighbourSpreadOf } from './collapse/focusOpening';
export type { NeighbourSpread } from './collapse/focusOpening';
export { selectPolicyPeers } from './derived/policyPeers';
export type { Reach, ReachPeer, ReachPeers } from './derived/reachPeers';
export { pathVerdict, reachEnds, reachPeers, selectReach } from './derived/reachPeers';
export type { PathGroup } from './derived/pathGroups';
export {
  pathsBetweenNodes,
  pathsOfNode,
  selectFocusId,
  selectFocusPaths,
  selectPathGroups,
} from './derived/pathSelectors';
export { selectLineSamples } from './derived/lineSamples';
export type { DeletionPreview } from './derived/deletionPreview';
export { deletionKeyOf, deletionPreviewText } from './derived/deletionPreview';
export { selectDeletionPreview } from './derived/deletionPreviewSelectors';
export type { DerivedLines, DerivedTables, Isolation } from './derived/derive';
export { changesOf, changesWorkedOut, deriveLines, deriveTables } from './derived/derive';
export type { Derived, DerivedFor } from './editorState';
export { NOTHING_DERIVED } from './editorState';
export type {
  ComparedDesign,
  CompareSlice,
  ComparisonResult,
  SavedCopy,
} from './compare/compareState';
export type { ComparedLine, ComparisonView } from './compare/compareSelectors';
export {
  COMPARED_LINES_DRAWN,
  selectChangedSinceSaved,
  selectComparedLines,
  selectComparison,
} from './compare/compareSelectors';
export {
  selectCanRedo,
  selectCanUndo,
  selectDoc,
  selectDocumentYaml,
  selectFlowGroups,
  selectFlowGroupsNow,
  selectFlows,
  selectLinesCurrent,
  selectTablesCurrent,
  selectPositions,
  selectSelection,
  selectHighlightedPods,
  selectIndex,
  selectIsEmpty,
  selectIsolation,
  selectPoliciesYaml,
  selectVirtualEnds,
} from './derived/selectors';
export { virtualEndsOf } from './derived/virtualEnds';
export { findingNodeId } from './derived/findingCounts';
export {
  selectFindingCounts,
  selectFindings,
  selectShownFindingNodes,
} from './derived/findingsSelectors';
export type { WalkPlan } from './derived/walkSelectors';
export {
  selectWalkHood,
  selectWalkPlan,
  selectWalkStop,
  walkEndpointOf,
  walkRequestOf,
} from './derived/walkSelectors';
export type { WalkRequest } from './editorState';
export type { WalkOutcome, WalkStop, WalkStopKind } from './derived/walkStops';
export { REPLY_LABEL, WALK_OUTCOMES, walkStopAnnouncement } from './derived/walkStops';
export { notEnforcedReason, selectEnforced, selectNetworkBanner } from './derived/enforcement';
export { selectViewDoc } from './derived/viewDoc';
export { selectTrafficCurrent, selectTrafficShown } from './derived/trafficSelectors';
export type { TrafficTableShown } from './derived/trafficShown';
export type { LessonSession } from './editorState';
export {
  selectLessonFocusNodes,
  selectLessonPolicy,
  selectLessonStep,
  selectLessonViewNodes,
  selectTrafficTable,
} from './derived/lesson/stepSelectors';
export { selectLessonLineGroups } from './derived/lesson/lineGroups';
export { lessonRevealShows } from './derived/lesson/reveal';
export type { Settings } from './persist/settingsStorage';
export {
  SETTINGS_KEY,
  settingsLoad,
  settingsSave,
  startSettingsSave,
} from './persist/settingsStorage';
export { useEditorApi, useEditorStore } from './useEditorStore';
export type { KeptLessons } from './persist/lessonKeep';
export {
  AUTHORING_LESSON_KEY,
  OPEN_LESSON_KEY,
  loadKeptLessons,
  startLessonKeep,
} from './persist/lessonKeep';
export type { DecodedLink } from './persist/shareLink';
export {
  SHARE_LINK_LIMIT,
  isShareFragment,
  shareFragmentOf,
  shareFragmentRead,
} from './persist/shareLink';
export { plainEqual } from './plainEqual';
