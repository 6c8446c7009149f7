/**
 * Where each classic recipe draws its few workloads: the workload the recipe
 * protects in the middle, the clients it admits or keeps out around it, each
 * line long enough for its port's label in presentation type. A workload's
 * place is inside its namespace's box (`lessonPlaces.ts`). Keyed by the recipe's
 * name in `RECIPE_POLICIES`.
 */
import type { LessonPlaces } from '../lessonPlaces';

/** Columns and rows inside a namespace's box: two cards' width apart, with room for a label. */
const COL = [24, 460, 896] as const;
const ROW = [56, 298] as const;
/** Between the middle of two rows: a card that the other column's two cards both reach. */
const MID = 177;

const at = (col: number, row: number): readonly [number, number] => [col, row];

/** web in the middle: its clients' namespaces on the left, its neighbour api below it. */
const WEB_FROM_NAMESPACES: LessonPlaces = {
  'namespace:prod': [0, 0],
  'prod/client': at(COL[0], ROW[0]),
  'namespace:dev': [0, 300],
  'dev/client': at(COL[0], ROW[0]),
  'namespace:default': [420, 0],
  'default/web': at(COL[0], ROW[0]),
  'default/api': at(COL[0], ROW[1]),
  'internet-host': [880, 70],
};

/** web between its neighbours api (before it) and db (below api), and prod's client after it. */
const WEB_AND_NEIGHBOURS: LessonPlaces = {
  'namespace:default': [0, 0],
  'default/api': at(COL[0], ROW[0]),
  'default/web': at(COL[1], ROW[0]),
  'default/db': at(COL[0], ROW[1]),
  'namespace:prod': [880, 0],
  'prod/client': at(COL[0], ROW[0]),
};

/** foo, the web it calls and, below foo, the DNS server. */
const FOO_AND_DNS: LessonPlaces = {
  'namespace:default': [0, 0],
  'default/foo': at(COL[0], ROW[0]),
  'default/web': at(COL[1], ROW[0]),
  'namespace:kube-system': [0, 300],
  'kube-system/coredns': at(COL[0], ROW[0]),
};

export const RECIPE_PLACES = {
  denyAllToWeb: WEB_AND_NEIGHBOURS,
  limitApi: {
    'namespace:default': [0, 0],
    'default/web': at(COL[0], ROW[0]),
    'default/search': at(COL[0], ROW[1]),
    'default/api': at(COL[1], MID),
    'default/db': at(COL[2], MID),
  },
  allowAllToWeb: {
    'namespace:default': [0, 0],
    'default/api': at(COL[0], ROW[0]),
    'default/web': at(COL[1], ROW[0]),
    'namespace:prod': [0, 300],
    'prod/client': at(COL[0], ROW[0]),
    'internet-host': [500, 330],
  },
  defaultDeny: {
    ...WEB_AND_NEIGHBOURS,
    'namespace:ops': [880, 260],
    'ops/tool': at(COL[0], ROW[0]),
  },
  denyOtherNamespaces: {
    'namespace:default': [0, 0],
    'default/api': at(COL[0], ROW[0]),
    'default/web': at(COL[1], ROW[0]),
    'namespace:prod': [880, 0],
    'prod/client': at(COL[0], ROW[0]),
    'namespace:ops': [880, 260],
    'ops/monitor': at(COL[0], ROW[0]),
  },
  webFromAllNamespaces: WEB_FROM_NAMESPACES,
  webFromProduction: WEB_FROM_NAMESPACES,
  webFromOpsMonitoring: {
    'namespace:ops': [0, 0],
    'ops/monitor': at(COL[0], ROW[0]),
    'ops/tool': at(COL[0], ROW[1]),
    'namespace:default': [420, 0],
    'default/web': at(COL[0], ROW[0]),
    'default/monitor': at(COL[0], ROW[1]),
  },
  webFromOutside: WEB_FROM_NAMESPACES,
  apiserverPort: {
    'namespace:default': [0, 0],
    'default/monitor': at(COL[0], ROW[0]),
    'default/web': at(COL[0], ROW[1]),
    'default/apiserver': at(560, MID),
  },
  dbMultipleSelectors: {
    'namespace:default': [0, 0],
    'default/search': at(COL[0], ROW[0]),
    'default/api': at(COL[0], ROW[1]),
    'default/db': at(COL[1], MID),
    'default/inventory': at(COL[2], ROW[0]),
    'default/web': at(COL[2], ROW[1]),
  },
  fooDenyEgress: FOO_AND_DNS,
  defaultDenyEgress: {
    'namespace:default': [0, 0],
    'default/api': at(COL[0], ROW[0]),
    'default/web': at(COL[1], ROW[0]),
    'namespace:kube-system': [436, 300],
    'kube-system/coredns': at(COL[0], ROW[0]),
    'namespace:prod': [880, 0],
    'prod/client': at(COL[0], ROW[0]),
  },
  fooDenyExternalEgress: {
    ...FOO_AND_DNS,
    'internet-host': [500, 330],
  },
} as const satisfies Readonly<Record<string, LessonPlaces>>;
