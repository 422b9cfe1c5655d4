export default definePageConfig({ navigationBarTitleText: '意见归纳' });
