/**
 * Golden truth tables for the classic recipes (`__fixtures__/clusters/recipes.ts`,
 * inspired by ahmetb/kubernetes-network-policy-recipes). Derived by hand from
 * the specification, never printed from the engine. Rows are sources, columns
 * destinations (short names of `RECIPE_PODS`); `.` allowed, `X` blocked. The
 * first eight pods (web … foo) live in `default`.
 */
import { describe } from 'vitest';
import { RECIPE_SCENARIOS } from '../__fixtures__/clusters/recipes';
import { RECIPE_OUTSIDE_IP, RECIPE_PODS } from '../__fixtures__/clusters/recipesCluster';
import type { GoldenCase } from '../__fixtures__/goldenSuite';
import { describeGolden, on, probe } from '../__fixtures__/goldenSuite';

const ALL_ALLOWED = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    .    .    .    .    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  .    .    .    .    .    .    .    .    .    .    .    .    .
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli .    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  .    .    .    .    .    .    .    .    .    .    .    .    .
    dns  .    .    .    .    .    .    .    .    .    .    .    .    .`;

const WEB_CLOSED = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  X    .    .    .    .    .    .    .    .    .    .    .    .
    api  X    .    .    .    .    .    .    .    .    .    .    .    .
    db   X    .    .    .    .    .    .    .    .    .    .    .    .
    srch X    .    .    .    .    .    .    .    .    .    .    .    .
    inv  X    .    .    .    .    .    .    .    .    .    .    .    .
    asrv X    .    .    .    .    .    .    .    .    .    .    .    .
    mon  X    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    .    .    .    .    .    .    .    .    .    .    .    .
    pcli X    .    .    .    .    .    .    .    .    .    .    .    .
    dcli X    .    .    .    .    .    .    .    .    .    .    .    .
    omon X    .    .    .    .    .    .    .    .    .    .    .    .
    otl  X    .    .    .    .    .    .    .    .    .    .    .    .
    dns  X    .    .    .    .    .    .    .    .    .    .    .    .`;

const API_FROM_BOOKSTORE = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    X    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    X    .    .    .    .    .    .    .    .    .    .    .
    asrv .    X    .    .    .    .    .    .    .    .    .    .    .
    mon  .    X    .    .    .    .    .    .    .    .    .    .    .
    foo  .    X    .    .    .    .    .    .    .    .    .    .    .
    pcli .    X    .    .    .    .    .    .    .    .    .    .    .
    dcli .    X    .    .    .    .    .    .    .    .    .    .    .
    omon .    X    .    .    .    .    .    .    .    .    .    .    .
    otl  .    X    .    .    .    .    .    .    .    .    .    .    .
    dns  .    X    .    .    .    .    .    .    .    .    .    .    .`;

const DEFAULT_CLOSED = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  X    X    X    X    X    X    X    X    .    .    .    .    .
    api  X    X    X    X    X    X    X    X    .    .    .    .    .
    db   X    X    X    X    X    X    X    X    .    .    .    .    .
    srch X    X    X    X    X    X    X    X    .    .    .    .    .
    inv  X    X    X    X    X    X    X    X    .    .    .    .    .
    asrv X    X    X    X    X    X    X    X    .    .    .    .    .
    mon  X    X    X    X    X    X    X    X    .    .    .    .    .
    foo  X    X    X    X    X    X    X    X    .    .    .    .    .
    pcli X    X    X    X    X    X    X    X    .    .    .    .    .
    dcli X    X    X    X    X    X    X    X    .    .    .    .    .
    omon X    X    X    X    X    X    X    X    .    .    .    .    .
    otl  X    X    X    X    X    X    X    X    .    .    .    .    .
    dns  X    X    X    X    X    X    X    X    .    .    .    .    .`;

const DEFAULT_FROM_DEFAULT = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    .    .    .    .    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  .    .    .    .    .    .    .    .    .    .    .    .    .
    pcli X    X    X    X    X    X    X    X    .    .    .    .    .
    dcli X    X    X    X    X    X    X    X    .    .    .    .    .
    omon X    X    X    X    X    X    X    X    .    .    .    .    .
    otl  X    X    X    X    X    X    X    X    .    .    .    .    .
    dns  X    X    X    X    X    X    X    X    .    .    .    .    .`;

const WEB_OPEN_REST_OF_DEFAULT_CLOSED = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    X    X    X    X    X    X    X    .    .    .    .    .
    api  .    X    X    X    X    X    X    X    .    .    .    .    .
    db   .    X    X    X    X    X    X    X    .    .    .    .    .
    srch .    X    X    X    X    X    X    X    .    .    .    .    .
    inv  .    X    X    X    X    X    X    X    .    .    .    .    .
    asrv .    X    X    X    X    X    X    X    .    .    .    .    .
    mon  .    X    X    X    X    X    X    X    .    .    .    .    .
    foo  .    X    X    X    X    X    X    X    .    .    .    .    .
    pcli .    X    X    X    X    X    X    X    .    .    .    .    .
    dcli .    X    X    X    X    X    X    X    .    .    .    .    .
    omon .    X    X    X    X    X    X    X    .    .    .    .    .
    otl  .    X    X    X    X    X    X    X    .    .    .    .    .
    dns  .    X    X    X    X    X    X    X    .    .    .    .    .`;

const WEB_FROM_PCLI = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  X    .    .    .    .    .    .    .    .    .    .    .    .
    api  X    .    .    .    .    .    .    .    .    .    .    .    .
    db   X    .    .    .    .    .    .    .    .    .    .    .    .
    srch X    .    .    .    .    .    .    .    .    .    .    .    .
    inv  X    .    .    .    .    .    .    .    .    .    .    .    .
    asrv X    .    .    .    .    .    .    .    .    .    .    .    .
    mon  X    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    .    .    .    .    .    .    .    .    .    .    .    .
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli X    .    .    .    .    .    .    .    .    .    .    .    .
    omon X    .    .    .    .    .    .    .    .    .    .    .    .
    otl  X    .    .    .    .    .    .    .    .    .    .    .    .
    dns  X    .    .    .    .    .    .    .    .    .    .    .    .`;

const WEB_FROM_OMON = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  X    .    .    .    .    .    .    .    .    .    .    .    .
    api  X    .    .    .    .    .    .    .    .    .    .    .    .
    db   X    .    .    .    .    .    .    .    .    .    .    .    .
    srch X    .    .    .    .    .    .    .    .    .    .    .    .
    inv  X    .    .    .    .    .    .    .    .    .    .    .    .
    asrv X    .    .    .    .    .    .    .    .    .    .    .    .
    mon  X    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    .    .    .    .    .    .    .    .    .    .    .    .
    pcli X    .    .    .    .    .    .    .    .    .    .    .    .
    dcli X    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  X    .    .    .    .    .    .    .    .    .    .    .    .
    dns  X    .    .    .    .    .    .    .    .    .    .    .    .`;

const ASRV_FROM_MON = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    X    .    .    .    .    .    .    .
    api  .    .    .    .    .    X    .    .    .    .    .    .    .
    db   .    .    .    .    .    X    .    .    .    .    .    .    .
    srch .    .    .    .    .    X    .    .    .    .    .    .    .
    inv  .    .    .    .    .    X    .    .    .    .    .    .    .
    asrv .    .    .    .    .    X    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  .    .    .    .    .    X    .    .    .    .    .    .    .
    pcli .    .    .    .    .    X    .    .    .    .    .    .    .
    dcli .    .    .    .    .    X    .    .    .    .    .    .    .
    omon .    .    .    .    .    X    .    .    .    .    .    .    .
    otl  .    .    .    .    .    X    .    .    .    .    .    .    .
    dns  .    .    .    .    .    X    .    .    .    .    .    .    .`;

const ASRV_CLOSED = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    X    .    .    .    .    .    .    .
    api  .    .    .    .    .    X    .    .    .    .    .    .    .
    db   .    .    .    .    .    X    .    .    .    .    .    .    .
    srch .    .    .    .    .    X    .    .    .    .    .    .    .
    inv  .    .    .    .    .    X    .    .    .    .    .    .    .
    asrv .    .    .    .    .    X    .    .    .    .    .    .    .
    mon  .    .    .    .    .    X    .    .    .    .    .    .    .
    foo  .    .    .    .    .    X    .    .    .    .    .    .    .
    pcli .    .    .    .    .    X    .    .    .    .    .    .    .
    dcli .    .    .    .    .    X    .    .    .    .    .    .    .
    omon .    .    .    .    .    X    .    .    .    .    .    .    .
    otl  .    .    .    .    .    X    .    .    .    .    .    .    .
    dns  .    .    .    .    .    X    .    .    .    .    .    .    .`;

const DB_FROM_THREE = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    X    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    X    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    X    .    .    .    .    .    .    .    .    .    .
    mon  .    .    X    .    .    .    .    .    .    .    .    .    .
    foo  .    .    X    .    .    .    .    .    .    .    .    .    .
    pcli .    .    X    .    .    .    .    .    .    .    .    .    .
    dcli .    .    X    .    .    .    .    .    .    .    .    .    .
    omon .    .    X    .    .    .    .    .    .    .    .    .    .
    otl  .    .    X    .    .    .    .    .    .    .    .    .    .
    dns  .    .    X    .    .    .    .    .    .    .    .    .    .`;

const FOO_NO_EGRESS = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    .    .    .    .    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    X    X    X    X    X    X    X    X    X    X    X    X
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli .    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  .    .    .    .    .    .    .    .    .    .    .    .    .
    dns  .    .    .    .    .    .    .    .    .    .    .    .    .`;

const FOO_TO_DNS = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    .    .    .    .    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    X    X    X    X    X    X    X    X    X    X    X    .
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli .    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  .    .    .    .    .    .    .    .    .    .    .    .    .
    dns  .    .    .    .    .    .    .    .    .    .    .    .    .`;

const DEFAULT_NO_EGRESS = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  X    X    X    X    X    X    X    X    X    X    X    X    X
    api  X    X    X    X    X    X    X    X    X    X    X    X    X
    db   X    X    X    X    X    X    X    X    X    X    X    X    X
    srch X    X    X    X    X    X    X    X    X    X    X    X    X
    inv  X    X    X    X    X    X    X    X    X    X    X    X    X
    asrv X    X    X    X    X    X    X    X    X    X    X    X    X
    mon  X    X    X    X    X    X    X    X    X    X    X    X    X
    foo  X    X    X    X    X    X    X    X    X    X    X    X    X
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli .    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  .    .    .    .    .    .    .    .    .    .    .    .    .
    dns  .    .    .    .    .    .    .    .    .    .    .    .    .`;

const FOO_TO_API_DNS = `
         web  api  db   srch inv  asrv mon  foo  pcli dcli omon otl  dns
    web  .    .    .    .    .    .    .    .    .    .    .    .    .
    api  .    .    .    .    .    .    .    .    .    .    .    .    .
    db   .    .    .    .    .    .    .    .    .    .    .    .    .
    srch .    .    .    .    .    .    .    .    .    .    .    .    .
    inv  .    .    .    .    .    .    .    .    .    .    .    .    .
    asrv .    .    .    .    .    .    .    .    .    .    .    .    .
    mon  .    .    .    .    .    .    .    .    .    .    .    .    .
    foo  X    .    X    X    X    X    X    X    X    X    X    X    .
    pcli .    .    .    .    .    .    .    .    .    .    .    .    .
    dcli .    .    .    .    .    .    .    .    .    .    .    .    .
    omon .    .    .    .    .    .    .    .    .    .    .    .    .
    otl  .    .    .    .    .    .    .    .    .    .    .    .    .
    dns  .    .    .    .    .    .    .    .    .    .    .    .    .`;

const OUTSIDE = RECIPE_OUTSIDE_IP;

const CASES: Record<string, GoldenCase> = {
  'recipes/01-deny-all-to-web': { tables: [on(80, 'TCP', WEB_CLOSED)] },

  // api, db and search are app=bookstore in default (the api admits itself too).
  'recipes/02-limit-api-to-bookstore': {
    tables: [on(8080, 'TCP', API_FROM_BOOKSTORE)],
    probes: [probe(OUTSIDE, 'api', 8080, 'TCP', false)],
  },

  'recipes/02a-allow-all-to-web': {
    tables: [on(80, 'TCP', ALL_ALLOWED)],
    probes: [probe(OUTSIDE, 'web', 80, 'TCP', true)],
  },

  'recipes/03-default-deny-all': { tables: [on(80, 'TCP', DEFAULT_CLOSED)] },

  'recipes/04-deny-from-other-namespaces': {
    tables: [on(80, 'TCP', DEFAULT_FROM_DEFAULT)],
    probes: [probe(OUTSIDE, 'web', 80, 'TCP', false)],
  },

  'recipes/05-web-from-all-namespaces': {
    tables: [on(80, 'TCP', WEB_OPEN_REST_OF_DEFAULT_CLOSED)],
    // namespaceSelector {} means every pod, not every address.
    probes: [probe(OUTSIDE, 'web', 80, 'TCP', false)],
  },

  'recipes/06-web-from-production': { tables: [on(80, 'TCP', WEB_FROM_PCLI)] },

  // default/monitor is role=monitoring (not type=) and ops/tool is not monitoring.
  'recipes/07-web-from-operations-monitoring': { tables: [on(80, 'TCP', WEB_FROM_OMON)] },

  'recipes/08-web-from-outside': {
    tables: [on(80, 'TCP', WEB_OPEN_REST_OF_DEFAULT_CLOSED)],
    probes: [
      probe(OUTSIDE, 'web', 80, 'TCP', true),
      probe(OUTSIDE, 'web', 9999, 'UDP', true),
      probe(OUTSIDE, 'api', 8080, 'TCP', false),
      probe(OUTSIDE, 'pcli', 80, 'TCP', true),
    ],
  },

  'recipes/09-apiserver-port-5000': {
    tables: [
      on(5000, 'TCP', ASRV_FROM_MON),
      on(8000, 'TCP', ASRV_CLOSED),
      on(5000, 'UDP', ASRV_CLOSED),
    ],
  },

  'recipes/10-db-from-three-selectors': { tables: [on(6379, 'TCP', DB_FROM_THREE)] },

  'recipes/11-foo-deny-egress': {
    tables: [on(80, 'TCP', FOO_NO_EGRESS), on(53, 'UDP', FOO_NO_EGRESS)],
    probes: [probe('foo', OUTSIDE, 80, 'TCP', false), probe(OUTSIDE, 'foo', 80, 'TCP', true)],
  },

  'recipes/11-foo-egress-dns-only': {
    tables: [on(53, 'UDP', FOO_TO_DNS), on(53, 'TCP', FOO_TO_DNS), on(80, 'TCP', FOO_NO_EGRESS)],
    probes: [probe('foo', '8.8.8.8', 53, 'UDP', false)],
  },

  'recipes/12-default-deny-all-egress': {
    tables: [on(80, 'TCP', DEFAULT_NO_EGRESS)],
    probes: [probe('web', OUTSIDE, 443, 'TCP', false), probe('pcli', OUTSIDE, 443, 'TCP', true)],
  },

  // 8080 is listed for both peers: all of kube-system, and role=api pods of default.
  'recipes/13-egress-to-namespace-and-pod': {
    tables: [
      on(8080, 'TCP', FOO_TO_API_DNS),
      on(53, 'UDP', FOO_TO_API_DNS),
      on(53, 'TCP', FOO_TO_API_DNS),
      on(80, 'TCP', FOO_NO_EGRESS),
      on(53, 'SCTP', FOO_NO_EGRESS),
    ],
  },

  // Any pod (namespaceSelector {}) on any port; outside addresses on 53 only.
  'recipes/14-foo-deny-external-egress': {
    tables: [on(80, 'TCP', ALL_ALLOWED), on(53, 'UDP', ALL_ALLOWED)],
    probes: [
      probe('foo', OUTSIDE, 80, 'TCP', false),
      probe('foo', OUTSIDE, 53, 'UDP', true),
      probe('foo', OUTSIDE, 53, 'TCP', true),
      probe('foo', OUTSIDE, 53, 'SCTP', false),
    ],
  },
};

describe('golden truth tables: the classic recipes', () => {
  describeGolden(RECIPE_SCENARIOS, CASES, RECIPE_PODS);
});
