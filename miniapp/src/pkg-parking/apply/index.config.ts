export default definePageConfig({ navigationBarTitleText: '申请车位' });
