import { testClient } from './helpers.js';

/** A test client with a multipart upload beside its JSON calls. */
export function sectionsClient(options: Parameters<typeof testClient>[0] = {}) {
  const client = testClient(options);
  /** Posts a file as multipart form data (field `file`), as Monite's upload endpoints take it. */
  async function upload(path: string, name = 'receipt.pdf', type = 'application/pdf') {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 test'], { type }), name);
    const { status, body } = await client.call('POST', path, { body: form });
    return { status, body };
  }
  /** Every item of a paginated list, following `next_pagination_token` with pages of `limit`; also the page sizes. */
  async function pages(path: string, limit: number) {
    const sizes: number[] = [];
    const items: { id: string }[] = [];
    let url = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`;
    for (let i = 0; i < 20; i++) {
      const page = await client.call('GET', url);
      if (page.status !== 200) throw new Error(`${url}: ${page.status} ${JSON.stringify(page.body)}`);
      sizes.push(page.body.data.length);
      items.push(...page.body.data);
      if (!page.body.next_pagination_token) break;
      url = `${path}${path.includes('?') ? '&' : '?'}pagination_token=${page.body.next_pagination_token}`;
    }
    return { sizes, ids: items.map((item) => item.id) };
  }
  return { ...client, upload, pages };
}
