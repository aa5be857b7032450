// The people of the benchmark's kits in scripts the PDFs' fallback faces draw: timed in Node (toolkit.ts)
// and in Chromium (run.mjs) alike.
export const KIT_NAMES = {
  arabic: { program: 'برنامج الإرشاد الربيعي', organization: 'شبكة الإرشاد', mentor: 'محمد عبد الله', mentee: 'فاطمة الزهراء' },
  chinese: { program: '春季导师计划', organization: '李明导师协会', mentor: '王芳', mentee: '张伟' },
};
