import { ApiProperty } from '@nestjs/swagger';
import { FAQ_CATEGORIES, FAQ_CATEGORY_LABELS } from '@wy/shared';
import { nullable } from '../../common/dto.js';
import { Bool, Int, IntArray, MonthOnly, OneOf, Str } from '../../common/validation.js';

type Category = (typeof FAQ_CATEGORIES)[number];

export class FaqEntryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: FAQ_CATEGORIES }) category: string;
  @ApiProperty() categoryLabel: string;
  @ApiProperty() question: string;
  @ApiProperty() answer: string;
  @ApiProperty() sort: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time', description: '最近审核时间' }) reviewedAt: string;
  @ApiProperty({ description: '已超过半年未审核' }) reviewDue: boolean;
}
export class FaqQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('分类', FAQ_CATEGORIES, { optional: true, labels: FAQ_CATEGORY_LABELS }) category?: Category;
  @Str('关键字', { optional: true, max: 50 }) keyword?: string;
  @Bool('只看待审核', { optional: true }) reviewDue?: boolean;
}
export class MyFaqQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('分类', FAQ_CATEGORIES, { optional: true, labels: FAQ_CATEGORY_LABELS }) category?: Category;
  @Str('关键字', { optional: true, max: 50 }) keyword?: string;
}
export class CreateFaqEntryDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('分类', FAQ_CATEGORIES, { labels: FAQ_CATEGORY_LABELS }) category: Category;
  @Str('问题', { max: 200 }) question: string;
  @Str('答案', { max: 2000 }) answer: string;
  @Int('排序', { optional: true, min: 0, max: 10000 }) sort?: number;
}
export class UpdateFaqEntryDto {
  @OneOf('分类', FAQ_CATEGORIES, { optional: true, labels: FAQ_CATEGORY_LABELS }) category?: Category;
  @Str('问题', { optional: true, max: 200 }) question?: string;
  @Str('答案', { optional: true, max: 2000 }) answer?: string;
  @Int('排序', { optional: true, min: 0, max: 10000 }) sort?: number;
  @Bool('启用', { optional: true }) active?: boolean;
}
/** R-FAQ-02 the half-year review: the supervisor confirms each entry against the checklist. */
export class ReviewFaqDto {
  @Bool('已按清单逐项核对') checked: boolean;
}
export class FaqReviewStatusDto {
  @ApiProperty({ description: '待审核（超过半年未审核）的条目数' }) due: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [String], description: '审核清单' }) checklist: string[];
  @ApiProperty({ type: [FaqEntryDto] }) entries: FaqEntryDto[];
}

export class FaqCandidateDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() enquiryId: number;
  @ApiProperty() question: string;
  @nullable() answer: string | null;
  @ApiProperty({ description: '未能解答的咨询' }) unanswered: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
export class FaqCandidateQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class AdoptCandidateDto {
  @OneOf('分类', FAQ_CATEGORIES, { labels: FAQ_CATEGORY_LABELS }) category: Category;
  @Str('问题', { max: 200 }) question: string;
  @Str('答案', { max: 2000 }) answer: string;
}

export class StartQuizDto {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class QuizQuestionDto {
  @ApiProperty() question: string;
  @ApiProperty({ type: [String] }) options: string[];
}
export class FaqQuizDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() month: string;
  @ApiProperty({ type: [QuizQuestionDto] }) questions: QuizQuestionDto[];
  @ApiProperty({ type: Number, nullable: true, description: '得分（百分制），交卷后才有' }) score: number | null;
  @ApiProperty({ type: [Number], nullable: true, description: '交卷后：每题的正确选项' }) correct: number[] | null;
}
export class SubmitQuizDto {
  @IntArray('答案', { max: 20 }) answers: number[];
}
export class QuizScoreDto {
  @ApiProperty() id: number;
  @ApiProperty() staffId: number;
  @ApiProperty() staffName: string;
  @ApiProperty() month: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ description: '达到全部答对' }) mastered: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
}
export class QuizScoreQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('月份') month: string;
}
