// Placeholder: functional losses and helpers (torch.nn.functional).
export {};
