/** read-lines.ts: lines judged by the lines around them (a cut paragraph's piece, a caption). */
import { describe, expect, it } from 'vitest';
import { captionSentence, cutInWord, looksLikeFragment, pairCounts } from '../../../src/lib/ingest/read-lines.ts';

describe('looksLikeFragment', () => {
  it('reads the first piece of a cut paragraph as running text, not a heading', () => {
    expect(looksLikeFragment('为深入开展“不忘初心、牢记使命', '”主题教育，')).toBe(true);
    expect(looksLikeFragment('珠海推动非公企业把党建工作融入企业生产经营、人才培养', '等各个环节。')).toBe(true);
    expect(looksLikeFragment('近日在济南举行的第三届中国生物医药园', '区产业创新发展大会上')).toBe(true);
    expect(looksLikeFragment('高新区党委把党建工作融入企业的', '生产经营。')).toBe(true);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '紧凑的党员活动室内。')).toBe(false);
    expect(looksLikeFragment('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', '近日。')).toBe(false);
  });
});

describe('captionSentence', () => {
  it('tells a one-sentence caption, commas and all, from a one-sentence paragraph', () => {
    expect(captionSentence('高新区持续深化“放管服”改革，提升行政效能，提高办事效率。')).toBe(true);
    expect(captionSentence('小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。')).toBe(true);
    expect(captionSentence('基层党组织全面进步全面过硬，离不开一支敢担当善作为的党员干部队伍。')).toBe(false);
    expect(
      captionSentence('在业委会中设立党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。'),
    ).toBe(false);
    expect(captionSentence('日前，高新区安监局联合高新区教育局在金峰学校开展安全生产宣传教育活动。')).toBe(false);
  });
});

describe('cutInWord', () => {
  it('sees a word cut by a column break when its two halves stand together elsewhere on the page', () => {
    const page = pairCounts(['党组织建设。基层党组织。在业委会中设立党', '组织，对化解物业管理纠纷起到了积极作用。']);
    expect(cutInWord('在业委会中设立党', '组织，对化解物业管理纠纷', page)).toBe(true);
    expect(cutInWord('以高质量党建引领珠海高质量发展', '建设新时代中国特色社会主义', page)).toBe(false);
    // A headline of two phrases is left alone.
    expect(cutInWord('党建引领 奋力迈进国家一流党', '组织', page)).toBe(false);
  });
});
