export default definePageConfig({ navigationBarTitleText: '社区公告', enablePullDownRefresh: true, onReachBottomDistance: 80 });
