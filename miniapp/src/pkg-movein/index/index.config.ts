export default definePageConfig({ navigationBarTitleText: '入伙办理' });
