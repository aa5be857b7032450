/** The templates a kit is made of, by id, as the site ships them. */
export const KIT_TEMPLATES = [
  'first-meeting',
  'regular-meeting',
  'midpoint-review',
  'closing-meeting',
  'mentoring-agreement',
  'smart-goals',
  'grow-conversation',
  'meeting-log',
] as const;
export type KitTemplateId = (typeof KIT_TEMPLATES)[number];
