import { ApiProperty } from '@nestjs/swagger';
import { SURVEY_AREAS, SURVEY_COMMENT_MAX, SURVEY_STATUS_LABELS, isQuarter } from '@wy/shared';
import { Check, Int, Str } from '../../common/validation.js';

export class CreateSurveyDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('季度', { max: 6, description: '如 2026Q4' })
  @Check('quarter', isQuarter, '季度格式应为 2026Q4')
  quarter: string;
  @Str('标题', { optional: true, max: 60 }) title?: string;
}
export class SurveyQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('年度', { min: 2000, max: 2100 }) year: number;
}

/** The ratings of one answer: 1–5 for each service area. */
export class SurveyScoresDto {
  @Int('客户服务评分', { min: 1, max: 5 }) service: number;
  @Int('维修服务评分', { min: 1, max: 5 }) repair: number;
  @Int('保洁服务评分', { min: 1, max: 5 }) cleaning: number;
  @Int('秩序维护评分', { min: 1, max: 5 }) security: number;
  @Int('绿化养护评分', { min: 1, max: 5 }) greening: number;
}
export class SurveyAnswerDto extends SurveyScoresDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('意见建议', { optional: true, max: SURVEY_COMMENT_MAX }) comment?: string;
}

export class SurveyAreaScoreDto {
  @ApiProperty({ enum: SURVEY_AREAS }) area: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: Number, description: '平均分（1–5）' }) average: number | null;
}
export class SurveyRowDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() quarter: string;
  @ApiProperty() quarterLabel: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: Object.keys(SURVEY_STATUS_LABELS) }) status: string;
  @ApiProperty({ description: '答卷数（户）' }) responses: number;
  @ApiProperty({ type: [SurveyAreaScoreDto] }) areas: SurveyAreaScoreDto[];
  @ApiProperty({ nullable: true, type: Number, description: '平均分（1–5）' }) score: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '满意度指数（百分制）' }) index: number | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
}
export class SurveyCommentDto {
  @ApiProperty() roomLabel: string;
  @ApiProperty() comment: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
export class SurveyDetailDto extends SurveyRowDto {
  @ApiProperty({ type: [SurveyCommentDto], description: '最近的意见建议（最多50条）' }) comments: SurveyCommentDto[];
  @ApiProperty({ description: '本项目已绑定房屋数（户）' }) households: number;
}
export class SurveyYearDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: [SurveyRowDto] }) surveys: SurveyRowDto[];
  @ApiProperty({ nullable: true, type: Number, description: '年度客户满意度指数：有答卷季度指数的平均（每季同权）' })
  annualIndex: number | null;
  @ApiProperty({ description: '有答卷的季度数' }) quartersSurveyed: number;
  @ApiProperty({ description: '四个季度都有答卷' }) complete: boolean;
  @ApiProperty({ description: '可以创建的季度（本季度、下季度中还没有调查的）', type: [String] }) creatable: string[];
}

export class MySurveyRoomDto {
  @ApiProperty() roomId: number;
  @ApiProperty() label: string;
  @ApiProperty({ description: '本季度已答卷' }) answered: boolean;
}
export class MySurveyDto {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() quarterLabel: string;
  @ApiProperty() projectName: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ type: [MySurveyRoomDto], description: '本项目我可以答卷的房屋' }) rooms: MySurveyRoomDto[];
}
