// Where the sensitivity chart's "Now" and "Zero at" labels go; positions in pixels from the plot's
// left edge, a label's width estimated at about 0.55 em a character plus room either side.
const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.55 + 10;

/** "Now": to the right of its line where it fits, else to the left. */
export function nowLabelSide(text: string, lineX: number, plotWidth: number, fontSize = 14): 'insideTopLeft' | 'insideTopRight' {
  return lineX + labelWidth(text, fontSize) <= plotWidth ? 'insideTopLeft' : 'insideTopRight';
}

/** "Zero at": a side of its dot where it fits without crossing "Now"; else where it fits; else the roomier. */
export function zeroLabelSide(text: string, dotX: number, nowX: number, plotWidth: number, fontSize = 14): 'left' | 'right' {
  const w = labelWidth(text, fontSize);
  const fitsRight = dotX + 8 + w <= plotWidth;
  const fitsLeft = dotX - 8 - w >= 0;
  const crossesRight = nowX > dotX && nowX < dotX + 8 + w;
  const crossesLeft = nowX < dotX && nowX > dotX - 8 - w;
  if (fitsRight && !crossesRight) return 'right';
  if (fitsLeft && !crossesLeft) return 'left';
  if (fitsRight) return 'right';
  if (fitsLeft) return 'left';
  return dotX > plotWidth / 2 ? 'left' : 'right';
}
