import type { Catalog } from './fi';
import { fi } from './fi';

// Placeholder until translated: Swedish falls back to the Finnish texts.
export const sv: Catalog = fi;
