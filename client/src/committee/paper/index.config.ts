export default definePageConfig({ navigationBarTitleText: '录入纸质选票' });
