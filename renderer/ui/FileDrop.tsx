import { useRef, useState, type DragEvent } from 'react';

interface FileDropProps {
  accept: string;
  dropLabel: string;
  orLabel: string;
  chooseLabel: string;
  onFile: (file: File) => void | Promise<void>;
  testId?: string;
}

/** Drop a file here, or choose one: the same gesture wherever the desk reads a file. */
export function FileDrop({ accept, dropLabel, orLabel, chooseLabel, onFile, testId }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    try {
      await onFile(file);
    } finally {
      // the same file can be chosen again after a refusal
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      <p>{dropLabel}</p>
      <p className="muted">{orLabel}</p>
      <label className="button">
        {chooseLabel}
        <input ref={input} type="file" accept={accept} className="visually-hidden" onChange={(e) => void take(e.target.files?.[0])} />
      </label>
    </div>
  );
}
