import { parseSettings, settingsEqual, type Settings } from '../../model';
import { hashWithCase, urlFor, useSettingsStore } from '../../state';
import type { Route } from '../../lib/route';

type Place = Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>;

/**
 * Link to a page that keeps the current settings. An address already holding them keeps its query, so only
 * the #fragment changes and the page does not reload; so too the explorer's link ends in a bare "#".
 */
export function routeHref(settings: Settings, route: Route, place: Place = window.location): string {
  // The case shown goes along; a bare "#" keeps the explorer's link from reloading the page.
  const hash = hashWithCase(route === 'explorer' ? '#' : `#${route}`) || '#';
  if (settingsEqual(parseSettings(place.search, useSettingsStore.getState().vocabulary).settings, settings)) return `${place.pathname}${place.search}${hash}`;
  return urlFor(settings, { pathname: place.pathname, search: place.search, href: place.href, hash });
}
