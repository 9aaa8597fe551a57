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
 * Swedish as written in Finland (finlandssvenska), in the register of municipal administration.
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
  ...register,
  ...worklists,
  ...about,
  ...languages,
  ...goals,
};
