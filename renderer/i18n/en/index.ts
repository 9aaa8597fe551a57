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
import type { Catalog } from '../fi';

/**
 * d.m.yyyy in every language (the date input accepts only that), so the help texts show it.
 */
export const en: Catalog = {
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
};
