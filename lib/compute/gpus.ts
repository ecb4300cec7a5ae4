// The GPU models the compute market compares. `akash` names the Akash Console's model ids
// (`vendor/nvidia/model/<model>/ram/<ram>` in provider attributes) that count as this GPU.

export interface GpuModel {
  id: string;
  name: string;
  memoryGb: number;
  akash: ReadonlyArray<{ model: string; ram?: string }>;
}

export const GPUS = [
  { id: 'h200', name: 'NVIDIA H200', memoryGb: 141, akash: [{ model: 'h200' }] },
  { id: 'h100', name: 'NVIDIA H100 80 GB', memoryGb: 80, akash: [{ model: 'h100', ram: '80Gi' }] },
  { id: 'a100-80gb', name: 'NVIDIA A100 80 GB', memoryGb: 80, akash: [{ model: 'a100', ram: '80Gi' }] },
  { id: 'l40s', name: 'NVIDIA L40S', memoryGb: 48, akash: [{ model: 'l40s' }] },
  {
    id: 'rtx-pro-6000',
    name: 'NVIDIA RTX PRO 6000',
    memoryGb: 96,
    akash: [{ model: 'pro6000se' }, { model: 'pro6000we' }],
  },
  { id: 'rtx4090', name: 'NVIDIA RTX 4090', memoryGb: 24, akash: [{ model: 'rtx4090' }] },
] as const satisfies readonly GpuModel[];

export type GpuId = (typeof GPUS)[number]['id'];
export const GPU_IDS = GPUS.map((g) => g.id) as [GpuId, ...GpuId[]];

export function getGpu(id: string): GpuModel | undefined {
  return GPUS.find((g) => g.id === id);
}

/** Which of our GPU models an Akash Console entry is, if any. */
export function gpuOfAkashModel(model: string, ram: string): GpuId | null {
  const m = model.toLowerCase();
  for (const gpu of GPUS) {
    if (gpu.akash.some((a: { model: string; ram?: string }) => a.model === m && (!a.ram || a.ram === ram)))
      return gpu.id;
  }
  return null;
}
