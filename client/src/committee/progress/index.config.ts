export default definePageConfig({ navigationBarTitleText: '报告落实进展' });
