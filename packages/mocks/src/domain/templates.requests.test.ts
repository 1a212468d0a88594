// The templates Monite ships: document templates listed, previewed and made
// default per entity; system mail texts; mail previews; one default mail
// template per type and language.
import { describe, expect, it } from 'vitest';
import { OTHER_ENTITY, testClient } from '../test/helpers.js';

describe('document templates', () => {
  it('are the shipped ones for every entity, listed, read, previewed and made default', async () => {
    const { call, monite } = testClient();
    const listed = (await call('GET', '/document_templates')).body.data;
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(new Set(listed.map((t: { language: string }) => t.language))).toEqual(
      new Set(['en', 'fr', 'de', 'es', 'nl']),
    );
    const defaults = listed.filter((t: { is_default: boolean; document_type: string }) => t.is_default);
    expect(defaults.filter((t: { document_type: string }) => t.document_type === 'receivable')).toHaveLength(1);
    expect((await call('GET', '/document_templates/system')).body.data).toEqual(listed);
    expect(
      (await call('GET', '/document_templates', { entity: OTHER_ENTITY })).body.data.map((t: { id: string }) => t.id),
    ).toEqual(listed.map((t: { id: string }) => t.id));

    const german = listed.find(
      (t: { language: string; is_default: boolean; document_type: string }) =>
        t.language === 'de' && t.document_type === 'receivable',
    );
    expect((await call('GET', `/document_templates/${german.id}`)).body).toEqual(german);
    const response = await monite.fetch(
      new Request(`https://api.sandbox.monite.com/v1/document_templates/${german.id}/preview`, {
        headers: {
          'x-monite-version': '2024-05-25',
          authorization: `Bearer ${monite.issueToken()}`,
          'x-monite-entity-id': '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b',
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);

    const made = await call('POST', `/document_templates/${german.id}/make_default`);
    expect(made.body).toMatchObject({ id: german.id, is_default: true });
    const after = (await call('GET', '/document_templates')).body.data;
    expect(after.filter((t: { is_default: boolean }) => t.is_default).map((t: { id: string }) => t.id)).toEqual([
      german.id,
    ]);
    // The other entity keeps its own default.
    const other = (await call('GET', '/document_templates', { entity: OTHER_ENTITY })).body.data;
    expect(other.find((t: { id: string }) => t.id === german.id).is_default).toBe(false);
    const unknown = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
    expect((await call('GET', `/document_templates/${unknown}/preview`)).status).toBe(404);
    expect((await call('POST', `/document_templates/${unknown}/make_default`)).status).toBe(404);
  });
});

describe('mail templates', () => {
  it('ship a text per document type and language, and preview variables with sample values', async () => {
    const { call } = testClient();
    const system = (await call('GET', '/mail_templates/system', { entity: null })).body.data;
    const invoice = system.find((t: { template_name: string }) => t.template_name === 'receivables_invoice');
    expect(invoice.available_templates.map((t: { language: string }) => t.language)).toEqual([
      'en',
      'fr',
      'de',
      'es',
      'nl',
    ]);
    expect(invoice.available_templates[0].subject_template).toContain('{{document_number}}');
    const preview = await call('POST', '/mail_templates/preview', {
      body: {
        subject: 'Invoice {{ document_number }}',
        body: 'Hi {{counterpart_name}}{{nothing}}',
        document_type: 'receivables_invoice',
        language_code: 'en',
      },
    });
    expect(preview.body).toEqual({ subject_preview: 'Invoice INV-00001', body_preview: 'Hi Example Counterpart Ltd' });
    // The variables the texts use are the ones listed for receivables.
    const variables = (await call('GET', '/receivables/variables', { entity: null })).body.data;
    const invoiceVariables = variables.find((v: { object_subtype: string }) => v.object_subtype === 'invoice');
    const names = invoiceVariables.variables.map((v: { name: string }) => v.name);
    for (const used of invoice.available_templates[0].body_template.matchAll(/\{\{(\w+)\}\}/g))
      expect(names).toContain(used[1]);
    expect(variables.map((v: { object_subtype: string }) => v.object_subtype)).toContain('overdue_reminder');
  });

  it('have one default per type and language', async () => {
    const { call } = testClient();
    const create = async (name: string, language: string) =>
      (
        await call('POST', '/mail_templates', {
          entity: null,
          body: { name, language, type: 'receivables_invoice', subject_template: 'S', body_template: 'B' },
        })
      ).body;
    const [a, b, c] = [await create('a', 'en'), await create('b', 'en'), await create('c', 'de')];
    await call('POST', `/mail_templates/${c.id}/make_default`, { entity: null });
    await call('POST', `/mail_templates/${a.id}/make_default`, { entity: null });
    await call('POST', `/mail_templates/${b.id}/make_default`, { entity: null });
    const list = (await call('GET', '/mail_templates', { entity: null })).body.data;
    const flags = Object.fromEntries(list.map((t: { name: string; is_default: boolean }) => [t.name, t.is_default]));
    expect(flags).toEqual({ a: false, b: true, c: true });
  });
});
