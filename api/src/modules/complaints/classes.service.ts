import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import type { ClassItemDto, CreateClassItemDto, UpdateClassItemDto } from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { ComplaintClassItem } from './entities.js';

const dto = (x: ComplaintClassItem): ClassItemDto => ({ ...x });

/** R-CMP-04 a project's classification table of common complaints: the review picks from it. */
@Injectable()
export class ComplaintClasses {
  constructor(@Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository) {}

  async list(p: Principal, projectId: number): Promise<ClassItemDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return (await this.repo.classItems(projectId, false)).map(dto);
  }
  async create(p: Principal, b: CreateClassItemDto): Promise<ClassItemDto> {
    ensureProjectInScope(p, b.projectId, '项目');
    const row = {
      projectId: b.projectId,
      importance: b.importance,
      category: b.category,
      name: b.name,
      note: b.note ?? null,
      sort: b.sort ?? 0,
      active: true,
    };
    const id = await this.repo.insertClassItem(row);
    return dto({ ...row, id });
  }
  async update(p: Principal, id: number, b: UpdateClassItemDto): Promise<ClassItemDto> {
    const x = await this.repo.classItem(id);
    if (!x) throw notFound('常见投诉分类');
    ensureProjectInScope(p, x.projectId, '常见投诉分类');
    const patch = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as Partial<ComplaintClassItem>;
    if (Object.keys(patch).length) await this.repo.updateClassItem(id, patch);
    return dto({ ...x, ...patch });
  }
}
