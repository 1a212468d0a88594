/** Products and their measure units: what receivables and delivery notes price and name their lines from. */
import type { DomainModule } from './module.js';

/** The collection of products. */
export const PRODUCTS = '/products';

/** The products module. */
export const products: DomainModule = {
  name: 'products',
  collections: [{ collection: PRODUCTS, events: { objectType: 'product' } }],
};
