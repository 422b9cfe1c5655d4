export default definePageConfig({ navigationBarTitleText: '全部意见' });
