/** A file the person chose, its bytes as plain base64 (no data-URL prefix), as the API takes it. */
export interface PickedFile {
  name: string;
  base64: string;
  /** Bytes, so an oversized file is refused before it is sent. */
  size: number;
}

/**
 * H5: the browser's file chooser, limited to .xlsx. Resolves null when the person cancels.
 * (pickFile.weapp.ts is the mini program's version; Taro picks it for the weapp build.)
 */
export function pickFile(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    // Some browsers open the chooser only for an input that is in the document.
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => {
        const url = String(reader.result ?? '');
        resolve({ name: file.name, base64: url.slice(url.indexOf(',') + 1), size: file.size });
      };
      reader.onerror = () => reject(new Error('读取文件失败'));
      reader.readAsDataURL(file);
    });
    input.click();
  });
}
