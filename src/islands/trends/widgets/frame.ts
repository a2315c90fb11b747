import type { ChartFrameProps } from '../ui/ChartFrame.tsx';
import type { TrendsContextValue } from '../context.ts';

/** The frame's button and disclosure texts in the page language. */
export function frameTexts({ t }: TrendsContextValue): ChartFrameProps['texts'] {
  return {
    showTable: t('trends.showTable'),
    downloadCsv: t('trends.downloadCsv'),
    downloadSvg: t('trends.downloadSvg'),
  };
}
