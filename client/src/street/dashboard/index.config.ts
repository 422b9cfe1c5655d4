export default definePageConfig({ navigationBarTitleText: '街道督导' });
