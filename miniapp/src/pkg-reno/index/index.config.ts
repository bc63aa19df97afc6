export default definePageConfig({ navigationBarTitleText: '装修报备' });
