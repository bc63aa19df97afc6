export default definePageConfig({ navigationBarTitleText: '访客详情' });
