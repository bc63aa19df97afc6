export default definePageConfig({ navigationBarTitleText: '停车服务', enablePullDownRefresh: true });
