import type { components } from '@wy/shared/api';

export type FollowUpItem = components['schemas']['FollowUpItemDto'];
