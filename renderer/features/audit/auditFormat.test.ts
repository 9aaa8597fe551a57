import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import { i18next, initI18n } from '../../i18n';
import type { AuditText } from './auditFormat';
import {
  describeChanges,
  entityLabel,
  formatValue,
  operationLabel,
  recordName,
  shorten,
} from './auditFormat';

const UNIT_ID = '00000000-0000-4000-8000-00000000aaaa';

/** The formatters' lookups as useAuditText builds them, in Finnish. */
const words = (names: Record<string, string> = {}): AuditText => ({
  text: (key, values) =>
    typeof i18next.getResource('fi', 'translation', key) === 'string'
      ? i18next.t(key, values ?? {})
      : null,
  language: 'fi',
  names: new Map(Object.entries(names)),
});

beforeAll(async () => {
  await initI18n('fi');
});

describe('audit events in words', () => {
  it('names entities, operations and fields in Finnish, falling back to the stored code', () => {
    expect(entityLabel('controlAction', words())).toBe('Rivi');
    expect(operationLabel('close-year', words())).toBe('Vuoden sulkeminen');
    expect(operationLabel('teleport', words())).toBe('teleport');
  });

  it('translates codes, stored catalogue keys, booleans, dates and ids of records', () => {
    const w = words({ [UNIT_ID]: 'Hallintopalvelut' });
    expect(formatValue('controlAction', 'status', 'in_progress', w)).toBe('Käynnissä');
    expect(formatValue('risk', 'status', 'closed', w)).toBe('Suljettu');
    expect(
      formatValue('unitReview', 'comment', 'review.withdrawnReasons.editedAfterApproval', w),
    ).toBe('Yksikön tietoja muutettiin hyväksynnän jälkeen.');
    expect(formatValue('controlAction', 'objective', 'not.a.known.key', w)).toBe('not.a.known.key');
    expect(formatValue('unit', 'active', false, w)).toBe('Ei');
    expect(formatValue('controlAction', 'deadline', '2026-09-30', w)).toBe('30.9.2026');
    expect(formatValue('controlAction', 'unitId', UNIT_ID, w)).toBe('Hallintopalvelut');
    expect(formatValue('controlAction', 'owner', '', w)).toBe('–');
    expect(formatValue('controlAction', 'deadline', null, w)).toBe('–');
    expect(formatValue('setting', 'value', { name: 'Maija', role: 'controller' }, w)).toBe(
      'Nimi: Maija; Rooli: Controller',
    );
    expect(
      formatValue('setting', 'value', { name: 'Maija', role: 'controller', language: 'sv' }, w),
    ).toBe('Nimi: Maija; Rooli: Controller; Kieli: svenska');
    expect(
      formatValue('setting', 'value', { bands: [{ id: 'low', name: 'Matala', minScore: 1 }] }, w),
    ).toBe('Riskitasot: (Tunniste: low, Nimi: Matala, Alkaa pisteistä: 1)');
  });

  it('lists progress notes newest first, so a cut value still shows the new one', () => {
    const notes = [
      { id: '1', date: '2026-03-01', author: 'Maija', text: 'Aloitettu', status: 'in_progress' },
      { id: '2', date: '2026-04-01', author: 'Pekka', text: 'Valmis', status: 'done' },
    ];
    expect(formatValue('controlAction', 'notes', notes, words())).toBe(
      '1.4.2026 · Pekka · Toteutunut: Valmis | 1.3.2026 · Maija · Käynnissä: Aloitettu',
    );
  });

  it("shows an indicator's actual values by date, figure and who entered them", () => {
    const values = [
      { id: '1', date: '2026-05-31', value: 21.5, by: 'Eero', at: '2026-06-01T08:00:00.000Z' },
      { id: '2', date: '2026-06-30', value: true, by: 'Anna', at: '2026-07-01T08:00:00.000Z' },
    ];
    expect(formatValue('indicator', 'values', values, words())).toBe(
      '31.5.2026: 21,5 (Eero); 30.6.2026: Kyllä (Anna)',
    );
    expect(formatValue('indicator', 'judgement', 'partlyMet', words())).toBe('Osittain toteutunut');
  });

  it('describes each changed field as label, before and after', () => {
    const event = {
      entity: 'controlAction',
      entityId: UNIT_ID,
      op: 'status',
      changes: { status: ['not_started', 'done'], deletedAt: [null, '2026-03-02T08:00:00.000Z'] },
    } as unknown as AuditEvent;
    expect(describeChanges(event, words())).toEqual([
      { field: 'status', label: 'Tila', before: 'Ei aloitettu', after: 'Toteutunut' },
      {
        field: 'deletedAt',
        label: 'Poistettu',
        before: '–',
        after: expect.stringMatching(/^2\.3\.2026 \d{1,2}\.\d{2}$/),
      },
    ]);
    const setting = { ...event, entity: 'setting' } as AuditEvent;
    expect(recordName(setting, words({ [UNIT_ID]: 'riskMatrix' }))).toBe('Riskimatriisi');
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(shorten('lyhyt')).toBe('lyhyt');
    const cut = shorten('sana '.repeat(40));
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut.endsWith('sana…')).toBe(true);
  });
});
