export default definePageConfig({
  navigationBarTitleText: '我的',
  navigationBarBackgroundColor: '#1668dc',
  navigationBarTextStyle: 'white',
  enablePullDownRefresh: true,
});
