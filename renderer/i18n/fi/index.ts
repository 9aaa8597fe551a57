import { core } from './core';
import { units } from './units';
import { risks } from './risks';
import { reports } from './reports';
import { review } from './review';
import { data } from './data';
import { audit } from './audit';
import { storage } from './storage';
import { packages } from './packages';
import { merge } from './merge';
import { register } from './register';
import { worklists } from './worklists';
import { about } from './about';
import { languages } from './languages';
import { goals } from './goals';
import type { Widen } from '../widen';

/** Finnish, the product's first language: one file per area; sv/ and en/ must have exactly these keys. */
export const fi = {
  ...core,
  ...units,
  ...risks,
  ...reports,
  ...review,
  ...data,
  ...audit,
  ...storage,
  ...packages,
  ...merge,
  ...register,
  ...worklists,
  ...about,
  ...languages,
  ...goals,
} as const;

export type Catalog = Widen<typeof fi>;
