export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/inbox/index', 'pages/me/index'],
  subPackages: [
    { root: 'pkg-auth', pages: ['login/index', 'bind/index'] },
    { root: 'pkg-house', pages: ['rooms/index', 'room/index', 'vehicles/index'] },
    { root: 'pkg-repair', pages: ['new/index', 'list/index', 'detail/index', 'receipt/index'] },
    { root: 'pkg-staff', pages: ['login/index', 'index/index', 'order/index'] },
    {
      root: 'pkg-fee',
      pages: [
        'index/index',
        'result/index',
        'history/index',
        'receipt/index',
        'standards/index',
        'invoice/index',
        'invoices/index',
      ],
    },
    { root: 'pkg-parking', pages: ['index/index', 'apply/index', 'detail/index'] },
    { root: 'pkg-info', pages: ['list/index', 'detail/index', 'activities/index', 'activity/index', 'survey/index'] },
    { root: 'pkg-pass', pages: ['index/index', 'apply/index', 'detail/index'] },
    { root: 'pkg-movein', pages: ['index/index', 'detail/index'] },
    {
      root: 'pkg-complaint',
      pages: [
        'new/index',
        'list/index',
        'detail/index',
        'guide/index',
        'suggest/index',
        'enquiries/index',
        'enquiry/index',
        'faq/index',
        'join/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pkg-auth', 'pkg-repair', 'pkg-fee'] },
    'pages/me/index': { network: 'all', packages: ['pkg-house', 'pkg-repair'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f6f9',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '物业服务',
    navigationBarTextStyle: 'black',
    // explicit so the H5 build also shows a title bar with back / home buttons
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#5f646b',
    selectedColor: '#1668dc',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '服务',
        iconPath: 'assets/tab/grid.png',
        selectedIconPath: 'assets/tab/grid-on.png',
      },
      {
        pagePath: 'pages/inbox/index',
        text: '办理',
        iconPath: 'assets/tab/inbox.png',
        selectedIconPath: 'assets/tab/inbox-on.png',
      },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
});
