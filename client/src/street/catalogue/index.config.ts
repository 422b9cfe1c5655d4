export default definePageConfig({ navigationBarTitleText: '协商事项目录' });
