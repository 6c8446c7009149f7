export type {
  Lesson,
  LessonClaim,
  LessonConnection,
  LessonFocus,
  LessonSource,
  LessonStep,
} from './lesson';
export { lessonIdIsValid } from './lesson';
export { BUILT_IN_LESSONS, builtInLesson } from './builtInLessons';
export type { ClaimResult } from './lessonClaims';
export { claimResults, claimText, connectionVerdict } from './lessonClaims';
export { lessonEndpointOf, lessonNodeOf } from './lessonEndpoint';
export type { LessonRef } from './lessonUrl';
export { lessonRefResolve, lessonUrlFormat, lessonUrlParse } from './lessonUrl';
export type { LessonFileResult } from './lessonFile';
export { LESSON_API_VERSION, LESSON_KIND, lessonFileParse } from './lessonFile';
export { lessonFileSerialize } from './lessonFileWrite';
export type { MissionDirection, MissionRow } from './missionRows';
export type { MissionNote, MissionTable } from './missionTable';
export { missionTable } from './missionTable';
export type { NetworkPlugin, NetworkPluginInfo } from './networkPlugin';
export {
  DEFAULT_NETWORK_PLUGIN,
  NETWORK_PLUGINS,
  connectionGetsThrough,
  enforces,
  networkPluginBanner,
  networkPluginParse,
} from './networkPlugin';
