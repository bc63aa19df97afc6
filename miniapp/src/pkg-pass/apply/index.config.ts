export default definePageConfig({ navigationBarTitleText: '申请放行' });
