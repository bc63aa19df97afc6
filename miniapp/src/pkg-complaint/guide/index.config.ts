export default definePageConfig({ navigationBarTitleText: '投诉指南' });
