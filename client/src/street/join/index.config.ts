export default definePageConfig({ navigationBarTitleText: '街道工作人员加入' });
