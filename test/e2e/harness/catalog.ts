import { CatalogSchema, type Catalog } from '../../../core';
import catalogJson from '../../../assets/catalog.json';

/** The real built-in matrix, validated as main does before serving it. */
export const builtinCatalog: Catalog = CatalogSchema.parse(catalogJson);
