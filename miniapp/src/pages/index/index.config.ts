export default definePageConfig({
  navigationBarTitleText: '物业服务',
  navigationBarBackgroundColor: '#1668dc',
  navigationBarTextStyle: 'white',
  enablePullDownRefresh: true,
});
