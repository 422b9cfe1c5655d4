export default definePageConfig({ navigationBarTitleText: '归档与导出' });
