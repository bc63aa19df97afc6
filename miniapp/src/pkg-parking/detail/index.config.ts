export default definePageConfig({ navigationBarTitleText: '车位申请', enablePullDownRefresh: true });
