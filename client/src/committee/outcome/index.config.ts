export default definePageConfig({ navigationBarTitleText: '协商意见' });
