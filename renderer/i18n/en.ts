import type { Catalog } from './fi';
import { fi } from './fi';

// Placeholder until translated.
export const en: Catalog = fi;
