export default definePageConfig({ navigationBarTitleText: '社区公开记录' });
