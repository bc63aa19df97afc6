/** Owner signature on the screen (R-REP-06): a canvas that yields a PNG data URL. */
import { useEffect, useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';

export default function SignaturePad({
  onChange,
  width = 440,
  height = 180,
}: {
  value?: string;
  onChange?: (dataUrl: string | undefined) => void;
  width?: number;
  height?: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
  }, []);

  const pos = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) * e.currentTarget.width) / r.width,
      y: ((e.clientY - r.top) * e.currentTarget.height) / r.height,
    };
  };
  const clear = () => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    setEmpty(true);
    onChange?.(undefined);
  };

  return (
    <Space direction="vertical" size={4}>
      <canvas
        ref={ref}
        width={width}
        height={height}
        data-testid="signature-pad"
        style={{ border: '1px dashed #bbb', borderRadius: 4, touchAction: 'none', cursor: 'crosshair', maxWidth: '100%' }}
        onPointerDown={(e) => {
          const ctx = e.currentTarget.getContext('2d');
          if (!ctx) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          const { x, y } = pos(e);
          ctx.beginPath();
          ctx.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const ctx = e.currentTarget.getContext('2d');
          if (!ctx) return;
          const { x, y } = pos(e);
          ctx.lineWidth = 2.5;
          ctx.lineCap = 'round';
          ctx.lineJoin = 'round';
          ctx.strokeStyle = '#111';
          ctx.lineTo(x, y);
          ctx.stroke();
        }}
        onPointerUp={(e) => {
          if (!drawing.current) return;
          drawing.current = false;
          setEmpty(false);
          onChange?.(e.currentTarget.toDataURL('image/png'));
        }}
      />
      <Space>
        <Typography.Text type="secondary">{empty ? '请业主在框内签名' : '已签名'}</Typography.Text>
        <Button size="small" onClick={clear}>
          清除重签
        </Button>
      </Space>
    </Space>
  );
}
