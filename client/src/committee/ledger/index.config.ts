export default definePageConfig({ navigationBarTitleText: '群众意见台账' });
