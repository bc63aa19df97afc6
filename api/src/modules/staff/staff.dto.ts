import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { ValidateBy } from 'class-validator';
import {
  isMobilePhone,
  passwordProblem,
  STAFF_LIST_STATE_LABELS,
  STAFF_LIST_STATES,
  STAFF_ROLES,
  type StaffListState,
  type StaffRole,
} from '@wy/shared';
import { PageQuery } from '../../common/dto.js';
import { Bool, Check, Int, IntArray, OneOf, Str, StrArray } from '../../common/validation.js';

/** A staff password that passes the shared policy (`passwordProblem`), with its problem as the message. */
const Password = (optional = false) =>
  applyDecorators(
    Str('密码', { optional, max: 100, description: '至少8位，含大写字母、小写字母、数字、符号中的至少三种，不能是常见密码' }),
    ValidateBy({
      name: 'password',
      validator: {
        validate: (v, a) =>
          typeof v === 'string' && !passwordProblem(v, (a?.object as { username?: string } | undefined)?.username),
        defaultMessage: (a) =>
          passwordProblem(String(a?.value ?? ''), (a?.object as { username?: string } | undefined)?.username) ?? '密码不符合要求',
      },
    }),
  );

/** The staff list's filters, applied by the database, and its keyset page (by id). */
export class StaffQuery extends PageQuery {
  @Int('项目ID', { optional: true, min: 1 }) projectId?: number;
  @Str('关键词', { optional: true, max: 50, description: '姓名或用户名' }) keyword?: string;
  @OneOf('状态', STAFF_LIST_STATES, { optional: true, labels: STAFF_LIST_STATE_LABELS, description: '默认在职' })
  state?: StaffListState;
}
export class DeskQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
/** A colleague at the project's service desk (who a shift is handed over to). */
export class DeskColleagueDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles: string[];
}
export class CreateStaffDto {
  @Str('用户名', {
    max: 50,
    pattern: /^[a-z][a-z0-9_.]{2,49}$/,
    patternMessage: '用户名为3-50位小写字母、数字、下划线或点，以字母开头',
  })
  username: string;
  @Str('姓名', { max: 50 }) name: string;
  @Str('手机号', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  phone?: string;
  @Password() password: string;
  @StrArray('角色', STAFF_ROLES, { max: 12 }) roles: StaffRole[];
  @IntArray('负责项目') projectIds: number[];
}
export class UpdateStaffDto {
  @Str('姓名', { optional: true, max: 50 }) name?: string;
  @StrArray('角色', STAFF_ROLES, { optional: true, max: 12 }) roles?: StaffRole[];
  @IntArray('负责项目', { optional: true }) projectIds?: number[];
  @Password(true) password?: string;
  @Bool('停用', { optional: true }) archived?: boolean;
}
export class StaffMemberDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles: string[];
  @ApiProperty({ type: [Number] }) projectIds: number[];
  @ApiProperty() locked: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) archivedAt: string | null;
}
export class StaffPageDto {
  @ApiProperty({ type: [StaffMemberDto] }) items: StaffMemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
