export default definePageConfig({ navigationBarTitleText: '答复建议' });
