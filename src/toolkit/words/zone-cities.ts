// A time zone's city in a kit's language, as the Unicode CLDR names it (cldr-dates-full): "Europe/Rome"
// is "Roma" in Spanish and "روما" in Arabic. The CLI and the browser read the same table, so they write
// the same bytes, whatever the Intl of either knows.
import zoneKeys from 'cldr-bcp47/bcp47/timezone.json' with { type: 'json' };
import arabic from 'cldr-dates-full/main/ar/timeZoneNames.json' with { type: 'json' };
import spanish from 'cldr-dates-full/main/es/timeZoneNames.json' with { type: 'json' };

/** CLDR's zones, by the parts of their names: zone.Europe.Rome.exemplarCity. */
interface ZoneTree {
  [part: string]: ZoneTree | string | undefined;
}

/** The city of a time zone, from its name: "America/Argentina/Buenos_Aires" is "Buenos Aires". */
export const cityOfName = (timeZone: string): string => timeZone.split('/').at(-1)!.replace(/_/g, ' ');

/**
 * CLDR's name of each zone by every name IANA has given it: CLDR keeps a zone's first name, so
 * "America/Argentina/Buenos_Aires" is "America/Buenos_Aires" there, and "Europe/Kyiv" "Europe/Kiev".
 */
const CLDR_NAMES = new Map(
  Object.values(zoneKeys.keyword.u.tz as Record<string, { _alias?: string }>).flatMap(({ _alias: aliases }) => {
    const names = aliases?.split(' ') ?? [];
    return names.map((name) => [name, names[0]!] as const);
  }),
);

/** `timeZone`'s city as `zones` names it, or from its name where CLDR gives none. */
function cityIn(zones: ZoneTree, timeZone: string): string {
  let node: ZoneTree | string | undefined = zones;
  for (const part of (CLDR_NAMES.get(timeZone) ?? timeZone).split('/')) node = typeof node === 'object' ? node[part] : undefined;
  const city = typeof node === 'object' ? node.exemplarCity : undefined;
  return typeof city === 'string' ? city : cityOfName(timeZone);
}

const SPANISH_ZONES = spanish.main.es.dates.timeZoneNames.zone as ZoneTree;
const ARABIC_ZONES = arabic.main.ar.dates.timeZoneNames.zone as ZoneTree;

export const cityInSpanish = (timeZone: string): string => cityIn(SPANISH_ZONES, timeZone);
export const cityInArabic = (timeZone: string): string => cityIn(ARABIC_ZONES, timeZone);
