export default definePageConfig({ navigationBarTitleText: '我的建议与咨询', enablePullDownRefresh: true });
