/**
 * Golden truth tables for the three-tier lesson of the product brief
 * (`__fixtures__/clusters/threeTier.ts`): web 80, api 5000, db 3306 in prod;
 * api pods with the same labels in dev and test; a backup server outside.
 * Derived by hand from the specification, never printed from the engine.
 */
import { describe } from 'vitest';
import {
  BACKUP_SERVER_IP,
  THREE_TIER_PODS,
  THREE_TIER_SCENARIOS,
  USER_IP,
} from '../__fixtures__/clusters/threeTier';
import type { GoldenCase } from '../__fixtures__/goldenSuite';
import { describeGolden, on, probe } from '../__fixtures__/goldenSuite';

const ALL_ALLOWED = `
            web     api     db      devapi  testapi
  web       .       .       .       .       .
  api       .       .       .       .       .
  db        .       .       .       .       .
  devapi    .       .       .       .       .
  testapi   .       .       .       .       .`;

const DB_FROM_PROD_API = `
            web     api     db      devapi  testapi
  web       .       .       X       .       .
  api       .       .       .       .       .
  db        .       .       X       .       .
  devapi    .       .       X       .       .
  testapi   .       .       X       .       .`;

const DB_CLOSED = `
            web     api     db      devapi  testapi
  web       .       .       X       .       .
  api       .       .       X       .       .
  db        .       .       X       .       .
  devapi    .       .       X       .       .
  testapi   .       .       X       .       .`;

const CASES: Record<string, GoldenCase> = {
  'three-tier/open': {
    tables: [on(80, 'TCP', ALL_ALLOWED), on(3306, 'TCP', ALL_ALLOWED)],
    probes: [probe(USER_IP, 'db', 3306, 'TCP', true)],
  },

  // A podSelector alone looks only in prod: the api pods of dev and test stay out.
  'three-tier/db-policy': {
    tables: [on(3306, 'TCP', DB_FROM_PROD_API), on(80, 'TCP', DB_CLOSED)],
    probes: [probe(USER_IP, 'db', 3306, 'TCP', false)],
  },

  'three-tier/db-from-prod-api-and': { tables: [on(3306, 'TCP', DB_FROM_PROD_API)] },

  // Every pod of prod (web and db included) OR api pods of prod.
  'three-tier/db-from-prod-or-api': {
    tables: [
      on(
        3306,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       .       .       .       .       .
  api       .       .       .       .       .
  db        .       .       .       .       .
  devapi    .       .       X       .       .
  testapi   .       .       X       .       .`,
      ),
    ],
  },

  'three-tier/db-from-any-api': {
    tables: [
      on(
        3306,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       .       .       X       .       .
  api       .       .       .       .       .
  db        .       .       X       .       .
  devapi    .       .       .       .       .
  testapi   .       .       .       .       .`,
      ),
    ],
  },

  // db is isolated both ways: in from prod api (and the backup server) on 3306; out to the backup server on TCP 80.
  'three-tier/backup-server': {
    tables: [
      on(
        3306,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       .       .       X       .       .
  api       .       .       .       .       .
  db        X       X       X       X       X
  devapi    .       .       X       .       .
  testapi   .       .       X       .       .`,
      ),
      on(
        80,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       .       .       X       .       .
  api       .       .       X       .       .
  db        X       X       X       X       X
  devapi    .       .       X       .       .
  testapi   .       .       X       .       .`,
      ),
    ],
    probes: [
      probe(BACKUP_SERVER_IP, 'db', 3306, 'TCP', true),
      probe('192.168.5.11', 'db', 3306, 'TCP', false),
      probe(BACKUP_SERVER_IP, 'db', 22, 'TCP', false),
      probe('db', BACKUP_SERVER_IP, 80, 'TCP', true),
      probe('db', BACKUP_SERVER_IP, 443, 'TCP', false),
      probe('db', BACKUP_SERVER_IP, 80, 'UDP', false),
      probe('db', '8.8.8.8', 80, 'TCP', false),
      probe('web', BACKUP_SERVER_IP, 80, 'TCP', true),
      probe(BACKUP_SERVER_IP, 'web', 80, 'TCP', true),
    ],
  },

  // prod is egress-isolated too: only web→api:5000 and api→db:3306 leave a prod pod;
  // dev and test pods are not isolated, so they reach web on 80 and each other.
  'three-tier/locked-down': {
    tables: [
      on(
        80,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       X       X       X       X       X
  api       X       X       X       X       X
  db        X       X       X       X       X
  devapi    .       X       X       .       .
  testapi   .       X       X       .       .`,
      ),
      on(
        5000,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       X       .       X       X       X
  api       X       X       X       X       X
  db        X       X       X       X       X
  devapi    X       X       X       .       .
  testapi   X       X       X       .       .`,
      ),
      on(
        3306,
        'TCP',
        `
            web     api     db      devapi  testapi
  web       X       X       X       X       X
  api       X       X       .       X       X
  db        X       X       X       X       X
  devapi    X       X       X       .       .
  testapi   X       X       X       .       .`,
      ),
    ],
    probes: [
      probe(USER_IP, 'web', 80, 'TCP', true),
      probe(USER_IP, 'api', 5000, 'TCP', false),
      probe('web', USER_IP, 80, 'TCP', false),
      probe(USER_IP, 'web', 443, 'TCP', false),
    ],
  },
};

describe('golden truth tables: the three-tier lesson', () => {
  describeGolden(THREE_TIER_SCENARIOS, CASES, THREE_TIER_PODS);
});
