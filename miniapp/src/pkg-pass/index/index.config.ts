export default definePageConfig({ navigationBarTitleText: '物品放行' });
