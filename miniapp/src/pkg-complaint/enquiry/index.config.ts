export default definePageConfig({ navigationBarTitleText: '建议与咨询' });
