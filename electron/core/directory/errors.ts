import { AppError } from '../../../shared/errors.ts';
import { DIRECTORY_LIMITS } from '../../../shared/model/directory.ts';

// Whole-request refusals of a directory file (codes of errors:code.*).

const MB = 1024 * 1024;

export function notSpreadsheet(detail: string): AppError {
  return new AppError('directory_not_spreadsheet', `the file is not a spreadsheet (${detail})`);
}

export function tooLarge(): AppError {
  return new AppError('directory_too_large', `the file is larger than ${DIRECTORY_LIMITS.maxBytes / MB} MB`, { limitMb: DIRECTORY_LIMITS.maxBytes / MB });
}

export function tooManyRows(): AppError {
  return new AppError('directory_too_many_rows', `the sheet has more than ${DIRECTORY_LIMITS.maxRows} rows`, { limit: DIRECTORY_LIMITS.maxRows });
}

export function tooManyColumns(): AppError {
  return new AppError('directory_too_many_columns', `the sheet has more than ${DIRECTORY_LIMITS.maxColumns} columns`, { limit: DIRECTORY_LIMITS.maxColumns });
}
