/**
 * A page's frame: its title (with the project beside it), the page's buttons on the right, a way back where the
 * page was opened from another, and the content. Plain markup: pro-components' PageContainer brought its
 * breadcrumb, tabs and affix machinery to every page.
 */
import type { ReactNode } from 'react';
import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';

export default function PageContainer({
  title,
  subTitle,
  extra,
  onBack,
  children,
}: {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  onBack?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="wy-page">
      <div className="wy-page__head">
        <div className="wy-page__heading">
          {onBack && <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label="返回" />}
          <h1 className="wy-page__title">{title}</h1>
          {subTitle && <span className="wy-page__sub">{subTitle}</span>}
        </div>
        {extra && <div className="wy-page__extra">{extra}</div>}
      </div>
      {children}
    </div>
  );
}
