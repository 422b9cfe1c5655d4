export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/notices/index',
    'pages/me/index',
    'pages/consultation/index',
    'pages/join/index',
    'pages/opinion/index',
    'pages/opinions/index',
    'pages/my-opinions/index',
  ],
  subPackages: [
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
        'settings/index',
        'ledger/index',
        'triage/index',
        'suggestion/index',
        'prior/index',
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
      // 群众建议: raising one, the community's list with 附议, one suggestion and its answer.
      root: 'suggest',
      pages: ['list/index', 'new/index', 'item/index'],
    },
  ],
  // Inject only the code the opened page needs: a resident who opens 议事 does not pay at start-up
  // for the committee's or the vote screen's code (WeChat base library 2.11.1+, older ones ignore it).
  lazyCodeLoading: 'requiredComponents',
  window: {
    navigationBarTitleText: '社区协商',
    navigationBarBackgroundColor: '#b4261a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#4a5059',
    selectedColor: '#b4261a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '议事' },
      { pagePath: 'pages/notices/index', text: '公示' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
