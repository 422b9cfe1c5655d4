export default definePageConfig({ navigationBarTitleText: '委托社区协商' });
