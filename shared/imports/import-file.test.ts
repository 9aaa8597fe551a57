import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../domain/control-action';
import type { Unit } from '../domain/unit';
import { ACTION_COLUMNS } from '../exports/action-columns';
import { randomBytes, windows1252Bytes } from '../files/bytes.test-support';
import type { ImportState } from './action-import';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { planActionImport } from './action-import';
import { readCsvTable } from './csv';
import type { ImportExtension } from './import-file';
import { readImportFile } from './import-file';

const HEADER = ACTION_COLUMNS.map((column) => column.header).join(';');
const STATUS_WORDS: Partial<Record<ActionStatus, string>> = {
  not_started: 'Ei aloitettu',
  in_progress: 'Käynnissä',
};
const t = (key: string) =>
  STATUS_WORDS[key.replace('actions.statuses.', '') as ActionStatus] ?? key;

const ROOT: Unit = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null,
  parentId: null,
  kind: 'organisation',
  name: 'Kaupunki',
  code: '',
  accountable: '',
  manager: '',
  sortOrder: 0,
  active: true,
};
const STATE: ImportState = {
  units: [ROOT],
  planYears: [
    {
      ...ROOT,
      id: '00000000-0000-4000-8000-000000000002',
      year: 2026,
      status: 'active',
      closedAt: null,
      closedBy: null,
      reopenReason: null,
    },
  ],
  actions: [],
  kinds: PRESET_TABLE_KINDS,
  priorities: [],
};

const windows1252 = windows1252Bytes;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  Uint8Array.from([...text].flatMap((character) => [character.charCodeAt(0) & 0xff, 0]));

/**
 * What the user is told about a file, as the import shows it: one refusal, or the file's
 * errors, or nothing when the rows can be imported.
 */
const messagesOf = (bytes: Uint8Array, extension: ImportExtension = 'csv'): string[] => {
  const content = readImportFile(bytes, extension);
  if (content.kind === 'refused') return [content.message];
  // A workbook goes on to the XLSX reader, which answers with a table or one message.
  if (content.kind === 'zip') return ['zip'];
  const plan = planActionImport(readCsvTable(content.text), STATE, { t });
  return plan.ok ? [] : plan.errors.map((error) => error.message);
};

const ROW =
  'Kaupunki;;2026;Sisäinen valvonta – ”laatu” 5 €;Toimet;Mittari;Päällikkö;;Käynnissä;;;;';

describe('what a chosen import file is', () => {
  it('reads UTF-8, with or without the byte order mark', () => {
    for (const bytes of [utf8(`\uFEFF${HEADER}\r\n${ROW}`), utf8(`${HEADER}\r\n${ROW}`)]) {
      expect(readImportFile(bytes, 'csv')).toEqual({
        kind: 'text',
        text: `${HEADER}\r\n${ROW}`,
        encoding: 'utf-8',
      });
    }
  });

  it('reads a Windows-1252 file from an old Excel as written, ä, ö, €, quotes and dashes', () => {
    expect(windows1252('Sisäinen')).toEqual(
      Uint8Array.of(0x53, 0x69, 0x73, 0xe4, 0x69, 0x6e, 0x65, 0x6e),
    );
    const bytes = windows1252(`${HEADER}\r\n${ROW}`);
    expect(readImportFile(bytes, 'csv')).toEqual({
      kind: 'text',
      text: `${HEADER}\r\n${ROW}`,
      encoding: 'windows-1252',
    });
    const plan = planActionImport(readCsvTable(`${HEADER}\r\n${ROW}`), STATE, { t });
    expect(plan.ok && plan.creates[0]?.values).toMatchObject({
      objective: 'Sisäinen valvonta – ”laatu” 5 €',
      owner: 'Päällikkö',
      status: 'in_progress',
    });
  });

  it('passes a ZIP on as a workbook, and refuses anything else named .xlsx', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(readImportFile(zip, 'xlsx')).toEqual({ kind: 'zip' });
    expect(readImportFile(zip, 'csv')).toEqual({ kind: 'zip' });
    expect(messagesOf(randomBytes(10_000), 'xlsx')).toEqual(['imports.errors.notXlsx']);
    expect(messagesOf(utf8(`${HEADER}\r\n${ROW}`), 'xlsx')).toEqual(['imports.errors.notXlsx']);
  });

  it('names an empty file, UTF-16 (with or without its mark) and damaged UTF-8', () => {
    expect(messagesOf(new Uint8Array())).toEqual(['imports.errors.emptyFile']);
    const text = `${HEADER}\r\n${ROW}`;
    expect(messagesOf(Uint8Array.from([0xff, 0xfe, ...utf16le(text)]))).toEqual([
      'imports.errors.utf16',
    ]);
    expect(messagesOf(Uint8Array.from([0xfe, 0xff, 0, 0x59]))).toEqual(['imports.errors.utf16']);
    expect(messagesOf(utf16le(text.replace(/[^\x20-\x7e]/g, 'x')))).toEqual([
      'imports.errors.utf16',
    ]);
    // Cut short in the middle of an ä, or a line pasted in from a Windows-1252 file.
    const whole = utf8(text);
    expect(messagesOf(whole.subarray(0, whole.lastIndexOf(0xc3) + 1))).toEqual([
      'imports.errors.mixedEncoding',
    ]);
    const pasted = Uint8Array.from([...whole, 0x0d, 0x0a, ...windows1252(ROW)]);
    expect(messagesOf(pasted)).toEqual(['imports.errors.mixedEncoding']);
  });

  it('gives 2 MB of random bytes named .csv one message: not a CSV file it can read', () => {
    expect(messagesOf(randomBytes(2 * 1024 * 1024))).toEqual(['imports.errors.notText']);
    // A PNG image renamed: binary from its first bytes on.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(messagesOf(Uint8Array.from([...png, ...randomBytes(5_000)]))).toEqual([
      'imports.errors.notText',
    ]);
  });

  it('gives a text file of another kind one message, not one per heading', () => {
    expect(messagesOf(utf8('Päivämäärä;Saaja;Summa\r\n1.2.2026;Yritys Oy;12,50\r\n'))).toEqual([
      'imports.errors.notRowFile',
    ]);
  });

  it('never gives random bytes more than one message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4_000 }), (bytes) => {
        expect(messagesOf(bytes).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it("never gives random text (not the export's form) more than one message", () => {
    const character = fc.constantFrom(...'abcäöÅ€ ;;;"\r\n\t,1.-–”'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit: character, maxLength: 2_000 }),
        fc.constantFrom(utf8, windows1252),
        (text, encode) => {
          expect(messagesOf(encode(text)).length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
