export default definePageConfig({ navigationBarTitleText: '待答复意见' });
