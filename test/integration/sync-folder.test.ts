import { describe } from 'vitest';
import { syncFolderCases } from './sync-folder-cases.ts';

describe('sync through a shared folder', syncFolderCases);
