import { ATTACHMENT_LIMITS, documentTypeOf, formatBytes, pickedFileProblem, safeFileName, sniffFileType, storedFileProblem } from '@shared';
import { PNG } from '../support/harness';
import { makeDocx, makeOle, makePdf, makeXlsx, makeZip } from '../support/documents';

const stored = (bytes: Buffer) => ({ size: bytes.length, contentType: sniffFileType(bytes) });

describe('what a document is, by its bytes', () => {
  it('knows PDF, Word, Excel, legacy Office and images from their bytes', async () => {
    expect(sniffFileType(makePdf())).toBe('application/pdf');
    expect(sniffFileType(makeDocx())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffFileType(await makeXlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffFileType(makeOle())).toBe('application/x-ole-storage');
    expect(sniffFileType(PNG)).toBe('image/png');
  });

  it('does not take any zip, a damaged one or a look-alike for an Office document', async () => {
    expect(sniffFileType(makeZip({ 'word/document.xml': '<w/>' }))).toBeNull(); // no [Content_Types].xml
    expect(sniffFileType(makeZip({ '[Content_Types].xml': '<Types/>', 'ppt/slide1.xml': '<p/>' }))).toBeNull();
    const xlsx = await makeXlsx();
    expect(sniffFileType(xlsx.subarray(0, xlsx.length / 2))).toBeNull(); // its directory cut off
    expect(sniffFileType(Buffer.from('PK\u0003\u0004 not really a zip'))).toBeNull();
    expect(sniffFileType(Buffer.from('<html>%PDF-</html>'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });

  it('accepts a file only when its bytes are what its name says, legacy Office by the name alone', async () => {
    expect(storedFileProblem('公约草案.pdf', stored(makePdf()))).toBeNull();
    expect(storedFileProblem('公约草案.docx', stored(makeDocx()))).toBeNull();
    expect(storedFileProblem('预算.XLSX', stored(await makeXlsx()))).toBeNull();
    expect(storedFileProblem('旧方案.doc', stored(makeOle()))).toBeNull();
    expect(storedFileProblem('旧预算.xls', stored(makeOle()))).toBeNull();
    expect(storedFileProblem('现场.jpeg', stored(Buffer.from([0xff, 0xd8, 0xff, 0xe0])))).toBeNull();
    expect(storedFileProblem('公约草案.pdf', stored(makeDocx()))).toBe('“公约草案.pdf”的内容不是PDF文件，请确认文件后重新上传');
    expect(storedFileProblem('预算.xlsx', stored(makeDocx()))).toBe('“预算.xlsx”的内容不是Excel文件，请确认文件后重新上传');
    expect(storedFileProblem('照片.png', stored(makePdf()))).toBe('“照片.png”的内容不是图片文件，请确认文件后重新上传');
    expect(storedFileProblem('演示.pptx', stored(makeDocx()))).toMatch(/^“演示.pptx”的格式不支持/);
    expect(storedFileProblem('公约草案.pdf', null)).toBe('“公约草案.pdf”不存在或已失效，请重新上传');
  });

  it('refuses what is too large or empty, before and after upload, under the caller’s limit', () => {
    const max = ATTACHMENT_LIMITS.maxBytes;
    expect(pickedFileProblem('扫描件.pdf', max)).toBeNull();
    expect(pickedFileProblem('扫描件.pdf', max + 1)).toBe('“扫描件.pdf”超过20 MB，请压缩或拆分后再上传');
    expect(pickedFileProblem('扫描件.pdf', 0)).toBe('“扫描件.pdf”是空文件，请重新选择');
    expect(storedFileProblem('花名册.xlsx', { size: 6 << 20, contentType: null }, { maxBytes: 5 << 20, label: '所选文件' })).toBe(
      '所选文件超过5 MB，请压缩或拆分后再上传',
    );
  });

  it('reads names and sizes as people write them', () => {
    expect([documentTypeOf('a.PDF'), documentTypeOf('b.jpeg'), documentTypeOf('c.pdf.exe'), documentTypeOf('noext')]).toEqual(['pdf', 'jpg', null, null]);
    expect(safeFileName('../方案"终稿"\u0000.pdf', ATTACHMENT_LIMITS.nameMax)).toBe('方案 终稿 .pdf');
    expect([formatBytes(512), formatBytes(8704), formatBytes(123_456), formatBytes(1_258_291), formatBytes(20 << 20)]).toEqual([
      '512 B',
      '8.5 KB',
      '121 KB',
      '1.2 MB',
      '20 MB',
    ]);
  });
});
