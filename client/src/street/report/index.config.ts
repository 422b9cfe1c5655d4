export default definePageConfig({ navigationBarTitleText: '协商工作情况报表' });
