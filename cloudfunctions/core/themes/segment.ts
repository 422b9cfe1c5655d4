/**
 * Chinese word segmentation for grouping opinions by what they are about: jieba (jieba-rs compiled
 * to WebAssembly, its dictionary inside), so it runs offline, the same on this machine and in the
 * CloudBase Node runtime, with no native binary to build. Loaded on first use only: the 4 MB module
 * is compiled when a committee asks for themes, not when a function starts.
 */
type Jieba = typeof import('jieba-wasm');

let loading: Promise<Jieba> | undefined;

/** Words of community matters the general dictionary splits, so each stays one feature. */
const COMMUNITY_WORDS = [
  '充电桩',
  '飞线充电',
  '消防通道',
  '消防车道',
  '立体车库',
  '月租',
  '月卡',
  '临停',
  '道闸',
  '车牌识别',
  '外来车辆',
  '加装电梯',
  '公共收益',
  '维修资金',
  '垃圾分类',
  '业委会',
  '网约车',
  '快递车',
  '外来车',
  '违停',
  '挪车',
];

/** Several names for one thing count as one word. */
const SAME_AS: Record<string, string> = {
  电瓶车: '电动车',
  电动自行车: '电动车',
  消防车道: '消防通道',
  月卡: '月租',
  月租费: '月租',
  收费标准: '收费',
  外来车: '外来车辆',
  外地车: '外来车辆',
  电动汽车: '电动车',
  新能源车: '电动车',
  私家车: '汽车',
  轿车: '汽车',
};

/**
 * What community matters are about, and the everyday words people use for each: a text using any
 * of them also says the matter's name, so opinions that put one concern in different words meet
 * (涨价 and 月租 are both about 费用). Kept general, for any consultation of a community.
 */
const MATTERS: Record<string, string> = Object.fromEntries(
  Object.entries({
    '〈费用〉': '收费 费用 价格 涨价 降价 月租 年租 停车费 临停费 物业费 电费 水费 收钱 交钱 缴费 便宜 太贵 优惠 减免 免费 收益 公共收益 账目 收支 维修资金',
    '〈车位〉': '车位 停车位 车库 立体车库 地下车库 划线 摇号 分配 新增 产权 租赁 空地 不够 紧张 一户一位',
    '〈出入〉': '外来车辆 访客 登记 门岗 道闸 抬杆 车牌识别 门禁 外卖 快递 快递车 网约车 出租车 进出 保安 大门',
    '〈充电〉': '充电 充电桩 电动车 飞线充电 充电器 电池 插座 充电柜 充电棚 新能源',
    '〈消防〉': '消防 消防通道 消防车 占用 堵塞 拖车 贴条 罚款 违停 挪车 乱停 巡查 通道',
    '〈电梯〉': '电梯 加装电梯 低层 一楼 二楼 采光 遮挡 噪音 电梯井',
    '〈环境〉': '垃圾 垃圾分类 垃圾桶 卫生 绿化 草坪 树木 清洁 异味 污水',
    '〈治安〉': '监控 摄像头 路灯 照明 治安 小偷 防盗 安全隐患',
  }).flatMap(([matter, words]) => words.split(' ').map((w) => [w, matter])),
);

function segmenter(): Promise<Jieba> {
  loading ??= import('jieba-wasm').then((jieba) => {
    for (const word of COMMUNITY_WORDS) jieba.add_word(word, 20000, 'n');
    return jieba;
  });
  return loading;
}

/**
 * Parts of speech that name what a text is about: nouns of every kind, verbs used as nouns (登记,
 * 充电), set phrases, and words the dictionary does not know (often the newest and most telling).
 * Verbs and adjectives mostly carry the stance (支持, 太贵), which the opinion already states.
 */
const NAMING_TAGS = /^(n|vn|nz|l|x|eng)/;

/** Words every opinion may say whatever it is about: they would tie unrelated opinions together. */
const STOPWORDS = new Set(
  (
    '我们 你们 他们 大家 自己 这个 那个 这样 那样 什么 怎么 怎么办 为什么 因为 所以 但是 而且 如果 还是 就是 可以 能够 应该 需要 希望 建议 觉得 认为 感觉 ' +
    '问题 情况 方面 时候 现在 以前 以后 目前 已经 一直 非常 特别 真的 确实 一定 一下 一些 有些 很多 不少 比较 还有 没有 不是 不要 不能 不会 ' +
    '号楼 草案 方案 看看 地方 东西 小区 社区 居民 业主 住户 物业 委员会 居委会 村委会 领导 同意 支持 反对 赞成 中立 意见 想法 楼上 谢谢 麻烦 请问 考虑 解决 管理 办法 方案 规定 情况 工作 ' +
    '进行 出现 造成 起来 出来 下来 知道 看到 发现 表示 提出 有人 每天 天天 经常 总是 老是 其实 只是 只能 还要 也是 都是 不管'
  ).split(' '),
);

const HAS_HAN = /[\u4e00-\u9fff]/;

/** A text's telling words, and the parts of its long words (消防通道: 消防, 通道). */
export interface TextWords {
  words: string[];
  parts: string[];
  /** The matters (〈费用〉, 〈车位〉…) its words name. */
  matters: string[];
}

/**
 * The words of each text that can tell what it is about: nouns, verbs and adjectives of two
 * characters or more, without stopwords, with synonyms made one; and the dictionary words inside
 * each long one, so 消防车 and 消防通道 can meet on 消防. Same text, same words.
 */
export async function wordsOf(texts: readonly string[]): Promise<TextWords[]> {
  const jieba = await segmenter();
  const telling = (word: string) => word.length >= 2 && HAS_HAN.test(word) && !STOPWORDS.has(word);
  return texts.map((text) => {
    const words = jieba
      .tag(text, true)
      .filter(({ word, tag }) => telling(word) && (NAMING_TAGS.test(tag) || MATTERS[word] !== undefined))
      .map(({ word }) => SAME_AS[word] ?? word);
    const parts = words.filter((w) => w.length > 2).flatMap((w) => jieba.cut_for_search(w, false).filter((p) => p !== w && telling(p)));
    const matters = [...words, ...parts].flatMap((w) => (MATTERS[w] ? [MATTERS[w]] : []));
    return { words, parts, matters };
  });
}
