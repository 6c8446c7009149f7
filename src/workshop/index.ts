export type {
  Lesson,
  LessonClaim,
  LessonConnection,
  LessonFocus,
  LessonPolicyShow,
  LessonSource,
  LessonStep,
} from './lessons/lesson';
export { lessonIdIsValid } from './lessons/lesson';
export { BUILT_IN_LESSONS, builtInLesson } from './lessons/builtIn/builtInLessons';
export type { ClaimResult } from './lessons/lessonClaims';
export { claimResults, claimText, connectionVerdict } from './lessons/lessonClaims';
export { lessonEndpointOf, lessonNodeOf } from './lessons/lessonEndpoint';
export type { PolicyListing, PolicyListingLine } from './lessons/lessonPolicy';
export { lessonPolicyListing } from './lessons/lessonPolicy';
export type { LessonRef } from './lessons/lessonUrl';
export { lessonRefResolve, lessonUrlFormat, lessonUrlParse } from './lessons/lessonUrl';
export type { LessonFileResult } from './lessons/lessonFile';
export { LESSON_API_VERSION, LESSON_KIND, lessonFileParse } from './lessons/lessonFile';
export { lessonFileSerialize } from './lessons/lessonFileWrite';
export type { TrafficTableDirection, TrafficTableRow } from './trafficTable/trafficTableRows';
export type { TrafficTableNote, TrafficTable } from './trafficTable/trafficTable';
export { trafficTable } from './trafficTable/trafficTable';
export type { LessonEdit } from './lessons/lessonEdit';
export { lessonEditApply, lessonFocusWithin, lessonNew } from './lessons/lessonEdit';
export type { LessonProblem } from './lessons/lessonProblems';
export { lessonProblems, lessonProblemsOf } from './lessons/lessonProblems';
export type { LessonNodeChoice } from './lessons/lessonChoices';
export { lessonNodeChoices, lessonPortOf } from './lessons/lessonChoices';
export { lessonTextLines } from './lessons/lessonLines';
export { lessonRevealBeats, lessonRevealConnections } from './lessons/lessonReveal';
export type {
  HandoutBox,
  HandoutDiagram,
  HandoutLine,
  HandoutNode,
} from './handout/handoutDiagram';
export { HANDOUT_NODE, handoutDiagram } from './handout/handoutDiagram';
export {
  connectionsSame,
  focusDraws,
  focusWithConnection,
  focusWithDrawn,
  focusWithNodes,
} from './lessons/lessonFocusEdit';
