import type { components } from '@wy/shared/api';

export type WorkReportSummary = components['schemas']['WorkReportSummaryDto'];
export type WorkReportDetail = components['schemas']['WorkReportDetailDto'];
export type WorkReportFigures = components['schemas']['WorkReportFiguresDto'];
