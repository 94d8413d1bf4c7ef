import { parseSettings, settingsEqual, type Settings } from '../../model';
import { urlFor } from '../../state';
import type { Route } from '../../lib/route';

type Place = Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>;

/**
 * Link to a page that keeps the current settings in the query string. When the address already
 * holds these settings (however it spells them), its query is kept as it is, so following the
 * link changes only the #fragment: an in-page navigation, no reload. Otherwise the query is the
 * settings written out afresh. The explorer's link ends in a bare "#" for the same reason: an
 * address with no fragment at all would reload the page.
 */
export function routeHref(settings: Settings, route: Route, place: Place = window.location): string {
  const hash = route === 'explorer' ? '#' : `#${route}`;
  if (settingsEqual(parseSettings(place.search).settings, settings)) return `${place.pathname}${place.search}${hash}`;
  return urlFor(settings, { pathname: place.pathname, search: place.search, href: place.href, hash });
}
