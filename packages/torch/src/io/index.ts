// File formats: torch.io.
export {
  loadSafetensors, saveSafetensors, readSafetensorsHeader, openSafetensors,
  SafetensorsFile, SafetensorsError, MAX_HEADER_SIZE,
} from './safetensors';
export type { SafetensorsDType, SafetensorsTensorInfo, SafetensorsHeader, LoadOptions } from './safetensors';
