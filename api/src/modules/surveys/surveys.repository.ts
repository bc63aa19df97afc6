import { Inject, Injectable } from '@nestjs/common';
import type { SurveyArea } from '@wy/shared';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Survey, SurveyResponse } from './entities.js';

export interface SurveySums {
  responses: number;
  sums: Record<SurveyArea, number>;
}

/** Every query of the quarterly surveys and their answers. */
@Injectable()
export class SurveysRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  /** Creates the quarter's survey once: false when the project has one for that quarter. */
  async insert(row: Omit<Survey, 'id'>): Promise<number | null> {
    try {
      const r = await this.ds.getRepository(Survey).insert(row);
      return Number(r.identifiers[0]!.id);
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
  byId(id: number) {
    return this.ds.getRepository(Survey).findOne({ where: { id } });
  }
  async close(id: number, at: Date): Promise<boolean> {
    const r = await this.ds.getRepository(Survey).update({ id, status: 'open' }, { status: 'closed', closedAt: at });
    return (r.affected ?? 0) === 1;
  }
  /** A project's surveys of a year ('2026Q1'…'2026Q4'). */
  ofYear(projectId: number, year: number) {
    return this.ds
      .getRepository(Survey)
      .createQueryBuilder('s')
      .where('s.project_id = :pid AND s.quarter LIKE :y', { pid: projectId, y: `${year}Q%` })
      .orderBy('s.quarter', 'ASC')
      .getMany();
  }
  /** The open surveys of these projects (their quarter is checked by the caller). */
  openOf(projectIds: number[]) {
    if (!projectIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(Survey)
      .createQueryBuilder('s')
      .where("s.project_id IN (:...pids) AND s.status = 'open'", { pids: projectIds })
      .orderBy('s.quarter', 'DESC')
      .getMany();
  }
  /** Each survey's answer count and the sums of its ratings per area (one aggregate query). */
  async sums(surveyIds: number[]): Promise<Map<number, SurveySums>> {
    if (!surveyIds.length) return new Map();
    const rows: Record<string, unknown>[] = await this.ds
      .getRepository(SurveyResponse)
      .createQueryBuilder('r')
      .select('r.survey_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(r.score_service)', 'service')
      .addSelect('SUM(r.score_repair)', 'repair')
      .addSelect('SUM(r.score_cleaning)', 'cleaning')
      .addSelect('SUM(r.score_security)', 'security')
      .addSelect('SUM(r.score_greening)', 'greening')
      .where('r.survey_id IN (:...ids)', { ids: surveyIds })
      .groupBy('r.survey_id')
      .getRawMany();
    return new Map(
      rows.map((r) => [
        Number(r.id),
        {
          responses: Number(r.n),
          sums: {
            service: Number(r.service),
            repair: Number(r.repair),
            cleaning: Number(r.cleaning),
            security: Number(r.security),
            greening: Number(r.greening),
          },
        },
      ]),
    );
  }
  comments(surveyId: number, limit: number) {
    return this.ds
      .getRepository(SurveyResponse)
      .createQueryBuilder('r')
      .where('r.survey_id = :id AND r.comment IS NOT NULL', { id: surveyId })
      .orderBy('r.id', 'DESC')
      .limit(limit)
      .getMany();
  }
  /** Which of these rooms answered these surveys. */
  async answered(surveyIds: number[], roomIds: number[]): Promise<{ surveyId: number; roomId: number }[]> {
    if (!surveyIds.length || !roomIds.length) return [];
    const rows = await this.ds
      .getRepository(SurveyResponse)
      .createQueryBuilder('r')
      .where('r.survey_id IN (:...s) AND r.room_id IN (:...r)', { s: surveyIds, r: roomIds })
      .getMany();
    return rows.map((x) => ({ surveyId: x.surveyId, roomId: x.roomId }));
  }
  /** Records a room's answer once (the unique key): false when the room had answered this survey. */
  async answer(row: Omit<SurveyResponse, 'id'>): Promise<boolean> {
    try {
      await this.ds.getRepository(SurveyResponse).insert(row);
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }
}
