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
 * Dates are typed as d.m.yyyy in every language, so the help texts show that format.
 */
export const sv: Catalog = {
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
