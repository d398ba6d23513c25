import { load } from './data';

const first = (kind: string) => load(kind)[0].id as string;

/** Every view of the explorer, by name, fragment path and (for an embed) the page's own query:
 * the guard rails (a11y.spec.ts, csp.spec.ts) go through each. A new page adds its line here. */
export const views: [string, string, string?][] = [
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
  ['the embed builder', '/embed'],
  ['the embed builder, from a filtered list', '/embed?from=scenarios&status=open'],
  ["a zone's embedded list", '/', '?embed=1&zone=yancheng&section=scenarios&accent=%23fc0'],
  ['an embedded record', '/', `?embed=1&section=${first('parcels')}`],
  ['the embedded river and low-altitude page', '/', '?embed=1&section=river-air&zone=bengbu'],
  ['an embedded map', '/', '?embed=1&section=map&zone=xuzhou'],
  ['an embed with bad options', '/', '?embed=1&zone=atlantis&accent=red&section=nowhere!'],
];

/** `path` in `lang`. */
export const inLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
