import type { components } from '@wy/shared/api';

export type RecordRow = components['schemas']['RecordRowDto'];
export type FeeChange = components['schemas']['FeeChangeDto'];
export type FeeChangeNotice = components['schemas']['FeeChangeNoticeDto'];
export type CodeTable = components['schemas']['CodeTableDto'];
