import type { components } from '@wy/shared/api';

export type AnnouncementSummary = components['schemas']['AnnouncementSummaryDto'];
export type AnnouncementDetail = components['schemas']['AnnouncementDetailDto'];
export type AnnouncementForm = components['schemas']['AnnouncementFormDto'];
