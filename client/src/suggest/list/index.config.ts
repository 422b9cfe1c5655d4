export default definePageConfig({ navigationBarTitleText: '群众建议' });
