import type ExcelJSModule from 'exceljs';

// exceljs takes most of a second to load; the desk starts without it and loads it the first time
// a workbook is read or written (every such channel is asynchronous anyway).

let loaded: Promise<typeof ExcelJSModule> | null = null;

export function loadExcel(): Promise<typeof ExcelJSModule> {
  loaded ??= import('exceljs').then((m) => (m.default ?? m) as typeof ExcelJSModule);
  return loaded;
}
