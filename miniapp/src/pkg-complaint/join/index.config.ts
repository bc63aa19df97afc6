export default definePageConfig({ navigationBarTitleText: '加入联名投诉' });
