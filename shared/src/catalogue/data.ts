/**
 * 城乡社区协商事项指导目录清单 — from the template attached to 昌州民字〔2021〕85号
 * (seed 002). Ids are stable: once published they are never renumbered or reused;
 * new items are appended at the end of their category.
 *
 * `seq` is the 序号 printed in the source. The source table is irregular and was read so:
 * - rows 32, 39, 48 are blank and are skipped;
 * - the category label sits in the middle of merged cells, so 31 belongs to 公益事业类,
 *   33 to 民主监督类 and 40–41 to 村（居）务管理类;
 * - row 49 repeats 42 (财务预决算) and is kept once;
 * - there is no row 52; three items after 51 carry no number (seq omitted).
 * Text is normalised only where the source is plainly garbled: a missing 、 in item 1, a stray
 * 。 in item 8, and 补充分配 read as 补偿分配 in item 10.
 */
export interface CatalogueItem {
  id: string;
  name: string;
  seq?: number;
}

export interface CatalogueCategory {
  id: string;
  name: string;
  items: CatalogueItem[];
}

export const CATALOGUE: readonly CatalogueCategory[] = [
  {
    id: 'institutions',
    name: '制度建设类',
    items: [
      { id: 'institutions-01', seq: 1, name: '村规民约、居民公约、村（居）民自治章程的制订和修改' },
      { id: 'institutions-02', seq: 2, name: '民主管理、民主监督、民主评议制度的制订和修改' },
      { id: 'institutions-03', seq: 3, name: '财务管理规章制度的制订和修改' },
      { id: 'institutions-04', seq: 4, name: '小区自治管理规约的制订和修改' },
      { id: 'institutions-05', seq: 5, name: '小区重大议事流程、议事规则的制订和修改' },
      { id: 'institutions-06', seq: 6, name: '小区公共收支管理办法' },
    ],
  },
  {
    id: 'public-affairs',
    name: '公共事务类',
    items: [
      { id: 'public-affairs-01', seq: 7, name: '兴修道路、桥梁、水利等村公益事业的一事一议筹资筹劳和建设管理方案' },
      { id: 'public-affairs-02', seq: 8, name: '供电、供水、供气、通信、电视、网络等行业服务设施建设、收费、管理、维护' },
      { id: 'public-affairs-03', seq: 9, name: '农村宅基地安排使用' },
      { id: 'public-affairs-04', seq: 10, name: '村民承包土地、林地变更调整、征收征用补偿分配使用等方案' },
      { id: 'public-affairs-05', seq: 11, name: '乡镇、村庄道路命名' },
      { id: 'public-affairs-06', seq: 12, name: '物业公司选聘' },
      { id: 'public-affairs-07', seq: 13, name: '物业与业主公共管理事务' },
      { id: 'public-affairs-08', seq: 14, name: '小区公共部位广告招租' },
      { id: 'public-affairs-09', seq: 15, name: '地质灾害的整治' },
      { id: 'public-affairs-10', seq: 16, name: '小区业主委员会的设立、改选' },
    ],
  },
  {
    id: 'services',
    name: '为民服务类',
    items: [
      { id: 'services-01', seq: 17, name: '亮化绿化、电梯、二次供水养护管理，日常保洁' },
      { id: 'services-02', seq: 18, name: '下水道、道路、化粪池疏通整修，公共停车位设定及管理，遮阳、雨棚安装' },
      { id: 'services-03', seq: 19, name: '通讯光缆、弱电线路安全隐患部门协商' },
      { id: 'services-04', seq: 20, name: '大面积房屋质量、阳光权' },
      { id: 'services-05', seq: 21, name: '邻里纠纷调处' },
    ],
  },
  {
    id: 'public-welfare',
    name: '公益事业类',
    items: [
      { id: 'public-welfare-01', seq: 22, name: '村（居）文体活动' },
      { id: 'public-welfare-02', seq: 23, name: '慰问困难党员、困难群众、爱心帮扶' },
      { id: 'public-welfare-03', seq: 24, name: '妇女儿童社会工作' },
      { id: 'public-welfare-04', seq: 25, name: '公益广告制作及安放' },
      { id: 'public-welfare-05', seq: 26, name: '健身器材的选址' },
      { id: 'public-welfare-06', seq: 27, name: '门禁改造、视频监控、电子快递柜、充电桩设立' },
      { id: 'public-welfare-07', seq: 28, name: '公共部位设施修缮' },
      { id: 'public-welfare-08', seq: 29, name: '精神文明创建活动及宣传' },
      { id: 'public-welfare-09', seq: 30, name: '志愿服务活动及宣传' },
      { id: 'public-welfare-10', seq: 31, name: '村（社区）公益事业基础设施建设及管理' },
    ],
  },
  {
    id: 'supervision',
    name: '民主监督类',
    items: [
      { id: 'supervision-01', seq: 33, name: '村（居）务公开' },
      { id: 'supervision-02', seq: 34, name: '村（居）财务公开' },
      { id: 'supervision-03', seq: 35, name: '维修基金监管使用' },
      { id: 'supervision-04', seq: 36, name: '公共资金收支监督' },
      { id: 'supervision-05', seq: 37, name: '物管服务、村（居）工作群众满意度测评' },
      { id: 'supervision-06', seq: 38, name: '举报信箱' },
    ],
  },
  {
    id: 'administration',
    name: '村（居）务管理类',
    items: [
      { id: 'administration-01', seq: 40, name: '村经济社会发展规划和年度计划' },
      { id: 'administration-02', seq: 41, name: '村居建设整治和拆迁改造规划、计划的编制和调整' },
      { id: 'administration-03', seq: 42, name: '财务预决算' },
      { id: 'administration-04', seq: 43, name: '村集体经济项目的立项、承包、招投标方案' },
      { id: 'administration-05', seq: 44, name: '村级集体资产资源和经济项目发包出租' },
      { id: 'administration-06', seq: 45, name: '村（居）民小组的划分、网格的划分' },
      { id: 'administration-07', seq: 46, name: '推选居民小组长、楼栋长' },
      { id: 'administration-08', seq: 47, name: '社区网格员奖励惩罚制度' },
      { id: 'administration-09', seq: 50, name: '集体经济大额资金的使用' },
      { id: 'administration-10', seq: 51, name: '集体举债' },
      { id: 'administration-11', name: '集体资产处置' },
      { id: 'administration-12', name: '村（社区）级收益分配' },
      { id: 'administration-13', name: '村（居）财务安排及大额资金的管理使用' },
    ],
  },
  {
    id: 'party-services',
    name: '党务服务管理',
    items: [
      { id: 'party-services-01', seq: 53, name: '社区社会组织的培育发展' },
      { id: 'party-services-02', seq: 54, name: '党员发展和党员活动' },
    ],
  },
  {
    id: 'other',
    name: '其他类',
    items: [
      { id: 'other-01', seq: 55, name: '法律法规和政策明确要求协商的事项' },
      { id: 'other-02', seq: 56, name: '当地村（居）民反映强烈、迫切要求解决的实际困难、问题和纠纷' },
    ],
  },
];
