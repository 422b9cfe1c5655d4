export default definePageConfig({ navigationBarTitleText: '会议到会人数' });
