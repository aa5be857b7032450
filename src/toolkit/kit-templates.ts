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
  // The coordinator's pack, in the order of a program.
  'program-readiness',
  'participant-application',
  'mentor-training-checklist',
  'matching-questionnaire',
  'matching-worksheet',
  'monthly-check-in',
  'closure-record',
  'program-evaluation',
] as const;

/** The coordinator's documents a kit carries when its program names a coordinator, in program order. */
export const COORDINATOR_TEMPLATES = KIT_TEMPLATES.slice(KIT_TEMPLATES.indexOf('program-readiness'));
export type KitTemplateId = (typeof KIT_TEMPLATES)[number];
