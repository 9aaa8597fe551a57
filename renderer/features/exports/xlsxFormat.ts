/** XLSX constants the window needs without loading exceljs (which stays in the worker's bundle). */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's short date; Finnish Excel shows it as 30.9.2026. */
export const XLSX_DATE_FORMAT = 'd.m.yyyy';
