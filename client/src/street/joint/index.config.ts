export default definePageConfig({ navigationBarTitleText: '跨社区协商' });
