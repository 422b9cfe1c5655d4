export default definePageConfig({ navigationBarTitleText: '提交会议表决' });
