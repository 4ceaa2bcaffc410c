import type { ActorCategory } from './api.ts';

/** Colour and legend label per actor category: the Okabe–Ito palette, told apart with colour-vision deficiencies. */
export const CATEGORIES: Record<ActorCategory, { label: string; short: string; color: string }> = {
  ISCM: { label: 'Inter-State consultation mechanisms', short: 'ISCMs', color: '#0072B2' },
  IGO: { label: 'Intergovernmental organizations', short: 'Intergovernmental', color: '#E69F00' },
  UN_SYSTEM: { label: 'UN system', short: 'UN system', color: '#009E73' },
  FINANCIAL_INSTITUTION: { label: 'Financial institutions', short: 'Financial', color: '#CC79A7' },
  NON_STATE: { label: 'Non-State stakeholders', short: 'Non-State', color: '#D55E00' },
};

export const CATEGORY_ORDER = Object.keys(CATEGORIES) as ActorCategory[];

export const OBJECTIVE_COLOR = '#3d4a5c';
