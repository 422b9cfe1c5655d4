export default definePageConfig({ navigationBarTitleText: '发起跨社区协商' });
