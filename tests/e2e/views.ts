import { load } from './data';

const first = (kind: string) => load(kind)[0].id as string;

/** Every view of the explorer, by name and fragment path: the guard rails (a11y.spec.ts,
 * csp.spec.ts) go through each. A new page adds its line here. */
export const views: [string, string][] = [
  ['home', '/'],
  ['scenarios explorer', '/scenarios'],
  ['projects explorer, filtered', '/projects?track=inland_river'],
  ['parcels explorer', '/parcels'],
  ['incentives explorer', '/incentives'],
  ['zones directory', '/zones'],
  ['a scenario', `/scenarios/${first('scenarios')}`],
  ['a project', `/projects/${first('projects')}`],
  ['a parcel', `/parcels/${first('parcels')}`],
  ['an incentive', `/incentives/${first('incentives')}`],
  ['a zone', `/zones/${first('zones')}`],
  ['river and low-altitude', '/river-air'],
  ['the alliance', '/alliance'],
  ['a page that does not exist', '/nowhere'],
];

/** `path` in `lang`. */
export const inLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
