export default definePageConfig({ navigationBarTitleText: '协商详情', enableShareAppMessage: true });
