/**
 * A lesson: a sequence of steps a trainer walks through on the projector and
 * students repeat on their laptops. Each step loads a document, points at what
 * to look at, says in two or three sentences what changed and why, and lists
 * every claim it makes about traffic so a test (and the app) can check them
 * against the engine: a lesson cannot say something the engine contradicts.
 *
 * Ends of a connection, and nodes to look at, are written as text, the way the
 * CLI's `check` expectations are:
 * - `prod/web`: the workload `web` of namespace `prod`;
 * - `backup-server` (or `external:backup-server`): an external endpoint of the document;
 * - `203.0.113.7` or `203.0.113.0/24`: an address outside the cluster (every address of a CIDR);
 * - `namespace:prod` (focus only): a namespace.
 */
import type { Doc, Protocol } from '../../model';

/** One connection, named by who starts it: `from` opens it to `to` on `port`/`protocol`. */
export interface LessonConnection {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** A claim a step makes: this connection is allowed (or blocked). */
export interface LessonClaim extends LessonConnection {
  readonly allowed: boolean;
}

/** What to look at on the canvas. */
export interface LessonFocus {
  readonly nodes?: readonly string[];
  readonly connection?: LessonConnection;
  /**
   * Connections the canvas draws while the step is open, each labelled with
   * its port and drawn with the engine's verdict, even where no policy's rule
   * makes a line (a design with no policy draws none). Each is also a claim
   * of the step (`expect`), so a test checks it.
   */
  readonly lines?: readonly LessonConnection[];
}

/**
 * A policy a step is about, shown large beside the canvas: its YAML alone,
 * with the lines that matter marked (`marks`: field paths such as
 * `spec.ingress[0].from[1]`, the line each starts on).
 */
export interface LessonPolicyShow {
  /** `namespace/name` of a policy of the step's document. */
  readonly name: string;
  readonly marks?: readonly string[];
}

export interface LessonStep {
  readonly title: string;
  /** Two or three sentences in plain words: what changed and why. */
  readonly text: string;
  /** The whole design for this step (cluster model and policies). */
  readonly doc: Doc;
  readonly focus: LessonFocus;
  /** Every claim `text` makes about traffic, checked against the engine. */
  readonly expect?: readonly LessonClaim[];
  /**
   * The step's design is not the step before's with a change (a recipe of its
   * own): when it opens, nothing is marked "now allowed" or "now blocked".
   */
  readonly standsAlone?: boolean;
  /** The policy the step is about, shown beside the canvas. */
  readonly policy?: LessonPolicyShow;
}

export interface Lesson {
  /** Lowercase letters, digits and dashes: `?lesson=<id>`. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly LessonStep[];
}

/** Lesson ids are DNS labels, so they read well in a URL: `three-tiers`, `recipes`. */
const LESSON_ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function lessonIdIsValid(id: string): boolean {
  return LESSON_ID.test(id);
}

/** A lesson whose steps are built when it is first opened (their documents are parsed then). */
export interface LessonSource {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: () => readonly LessonStep[];
}
