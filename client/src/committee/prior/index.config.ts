export default definePageConfig({ navigationBarTitleText: '前置研究' });
