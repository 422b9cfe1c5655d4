export default definePageConfig({ navigationBarTitleText: '录入建议' });
