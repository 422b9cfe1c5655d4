export default defineAppConfig({
  // The main package holds the tab pages only: each is where the app opens, so their code is
  // downloaded before anything shows. Every other page lives in a subpackage below.
  pages: ['pages/index/index', 'pages/notices/index', 'pages/me/index'],
  subPackages: [
    {
      // A consultation's detail, its opinions (giving one, reading all) and 我的意见: the resident's
      // way through one matter, fetched on the first tap into a consultation (or preloaded, below);
      // 为家人代办, the same ways taken for a relative.
      root: 'consultation',
      pages: ['detail/index', 'opinion/index', 'opinions/index', 'my-opinions/index', 'family/index'],
    },
    {
      // 加入社区: once in a member's life, so nobody else downloads it.
      root: 'join',
      pages: ['index/index'],
    },
    {
      // Organiser pages load only for those who open them: residents never download them.
      root: 'committee',
      pages: [
        'draft/index',
        'members/index',
        'roster/index',
        'register/index',
        'register-person/index',
        'replies/index',
        'themes/index',
        'record/index',
        'attendance/index',
        'paper/index',
        'turnout/index',
        'outcome/index',
        'escalate/index',
        'vote-time/index',
        'progress/index',
        'complete/index',
        'archive/index',
        'report/index',
        'poster/index',
        'sign-in/index',
        'ballots/index',
        'tally-sheet/index',
        'settings/index',
        'ledger/index',
        'triage/index',
        'suggestion/index',
        'prior/index',
        'meeting/index',
        'minutes/index',
        'commissions/index',
      ],
    },
    {
      // The vote screen: opened from a consultation with a vote, so the main package stays small.
      root: 'vote',
      pages: ['index/index'],
    },
    {
      // The public board's read-only record, my messages and the objections to a result: opened
      // from a list, by anyone, so kept out of the main package.
      root: 'board',
      pages: ['item/index', 'feed/index', 'objections/index'],
    },
    {
      // 投屏: the hall's screen, opened in a browser by the host's code; no one else downloads it.
      root: 'screen',
      pages: ['index/index'],
    },
    {
      // 街道工作台: a 街道／乡镇's staff only; residents never download it.
      root: 'street',
      pages: [
        'home/index',
        'join/index',
        'joint-new/index',
        'joint/index',
        'dashboard/index',
        'community/index',
        'commissions/index',
        'commission-new/index',
        'commission/index',
        'catalogue/index',
        'report/index',
      ],
    },
    {
      // 群众建议: raising one, the community's list with 附议, one suggestion and its answer.
      root: 'suggest',
      pages: ['list/index', 'new/index', 'item/index'],
    },
  ],
  // Most visits go from a tab to a consultation: fetch its subpackage while the tab is on screen
  // (on any network: it is small), so the first tap does not wait for a download.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['consultation'] },
    'pages/notices/index': { network: 'all', packages: ['consultation'] },
    'pages/me/index': { network: 'all', packages: ['consultation'] },
  },
  // Inject only the code the opened page needs: a resident who opens 议事 does not pay at start-up
  // for the committee's or the vote screen's code (WeChat base library 2.11.1+, older ones ignore it).
  lazyCodeLoading: 'requiredComponents',
  // 语音输入 and 朗读 (client/src/voice) go through WeChat's 同声传译 plugin, which only a mini
  // program can declare: the H5 build uses the browser's own speech APIs. The AppID must add the
  // plugin too (公众平台 → 设置 → 第三方设置 → 插件管理), or WeChat will not load the mini program.
  ...(process.env.TARO_ENV === 'weapp' ? { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } } : {}),
  window: {
    navigationBarTitleText: '社区协商',
    navigationBarBackgroundColor: '#b4261a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#4a5059',
    // The action red's darker shade: 8.9:1 on white, which 长辈模式's 7:1 asks for.
    selectedColor: '#8f1d14',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '议事' },
      { pagePath: 'pages/notices/index', text: '公示' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
