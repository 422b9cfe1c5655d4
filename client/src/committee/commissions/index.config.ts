export default definePageConfig({ navigationBarTitleText: '街道委托事项' });
