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
import type { Catalog } from '../fi';

/**
 * British English, in the register of Finnish public administration. Dates are typed as
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
  ...register,
  ...worklists,
  ...about,
  ...languages,
  ...goals,
};
