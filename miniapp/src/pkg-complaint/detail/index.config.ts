export default definePageConfig({ navigationBarTitleText: '投诉进度', enablePullDownRefresh: true });
