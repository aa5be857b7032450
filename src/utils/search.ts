/** What a search result is, shown on each result and offered as a filter. */
export const SEARCH_KINDS = ['Guide', 'FAQ', 'Modality', 'Reference', 'Reading', 'Practitioner', 'Template', 'Page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The query parameter that carries searched words to the page a reader opens, to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';


/** The event site.ts sends to open the search dialog once the search interface has loaded. */
export const OPEN_SEARCH_EVENT = 'mentorkit:open-search';
