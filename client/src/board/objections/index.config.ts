export default definePageConfig({ navigationBarTitleText: '异议及答复' });
