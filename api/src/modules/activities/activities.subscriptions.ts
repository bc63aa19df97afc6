import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { can, inScope } from '@wy/shared';
import { UploadAccess } from '../uploads/upload-access.js';
import { ActivitiesRepository } from './activities.repository.js';

/** What activities let others read: an activity's photos, by the project's staff who read activities. */
@Injectable()
export class ActivitiesSubscriptions implements OnModuleInit {
  constructor(
    @Inject(UploadAccess) private readonly uploads: UploadAccess,
    @Inject(ActivitiesRepository) private readonly repo: ActivitiesRepository,
  ) {}

  onModuleInit(): void {
    this.uploads.allow(async (p, uploadId) => {
      if (p.kind !== 'staff' || !can(p.roles, 'activity.read')) return false;
      const projectId = await this.repo.photoProject(uploadId);
      return projectId !== null && inScope(p.scope, projectId);
    });
  }
}
