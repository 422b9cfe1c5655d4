export default definePageConfig({ navigationBarTitleText: '落实完成' });
