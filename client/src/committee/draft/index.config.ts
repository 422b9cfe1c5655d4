export default definePageConfig({ navigationBarTitleText: '协商方案' });
