import init from './0001_init.ts';
import focalPoints from './0002_focal_points.ts';
import targets from './0003_targets.ts';

// Ordered; a migration's version is its position + 1. Never edit one that has shipped: add the next.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: '0001_init', sql: init },
  { version: 2, name: '0002_focal_points', sql: focalPoints },
  { version: 3, name: '0003_targets', sql: targets },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
