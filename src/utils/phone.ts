import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';

/**
 * A telephone number as printed, checked against the numbering plan of its country.
 * International numbers start with "+"; a number in national format needs the country it is dialled in.
 */
export function parsePhone(printed: string, region?: string) {
  const number = parsePhoneNumberWithError(printed, region ? { defaultCountry: region as CountryCode } : undefined);
  return number.isValid() ? number : undefined;
}

/** The `tel:` URI for a printed number (E.164), or undefined when the number is not valid. */
export function telUri(printed: string, region?: string): string | undefined {
  try {
    return parsePhone(printed, region)?.getURI();
  } catch {
    return undefined;
  }
}
