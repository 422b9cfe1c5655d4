export default definePageConfig({ navigationBarTitleText: '调整表决时间' });
