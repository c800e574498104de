// Node labels that read right for both scripts. Sigma's own label drawer puts text to the right
// of the node, left-to-right; an Arabic label must instead end at the node's left edge and run
// right-to-left (sigma issue #979). The canvas shapes Arabic itself once the direction is set.
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type Settings = Pick<SigmaSettings, 'labelSize' | 'labelFont' | 'labelWeight' | 'labelColor'>;
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

/** Text whose first strong character is Hebrew, Arabic, Syriac, Thaana or N'Ko runs right-to-left. */
const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
export const isRtl = (text: string) => /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(text.match(FIRST_STRONG)?.[0] ?? '');

const GAP = 3;
const PADDING = 2;

function font(settings: Settings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Where the label's text starts and ends horizontally, and whether it runs right-to-left. */
function placement(context: CanvasRenderingContext2D, data: LabelData, settings: Settings) {
  const text = data.label ?? '';
  context.font = font(settings);
  const width = context.measureText(text).width;
  const rtl = isRtl(text);
  const left = rtl ? data.x - data.size - GAP - width : data.x + data.size + GAP;
  return { text, width, rtl, left, right: left + width };
}

export function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  const p = placement(context, data, settings);
  context.save();
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.direction = p.rtl ? 'rtl' : 'ltr';
  context.textAlign = p.rtl ? 'right' : 'left';
  context.fillText(p.text, p.rtl ? p.right : p.left, data.y + settings.labelSize / 3);
  context.restore();
}

/** The hovered node: a white halo round the node joined to a box behind the label, on the label's side. */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  context.save();
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = 'rgba(0,0,0,0.45)';
  context.beginPath();
  context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  if (data.label) {
    const p = placement(context, data, settings);
    const h = settings.labelSize + 2 * PADDING;
    const from = p.rtl ? p.left - PADDING : data.x;
    const to = p.rtl ? data.x : p.right + PADDING;
    context.rect(from, data.y - h / 2, to - from, h);
  }
  context.fill();
  context.restore();
  drawLabel(context, data, settings);
}
