export default definePageConfig({ navigationBarTitleText: '入伙通知' });
