#!/usr/bin/env node
'use strict';
// Locates libtorch for the native build (called from binding.gyp) and for the loader.
// Order: $LIBTORCH (a folder with include/ and lib/); a Python PyTorch install when
// LIBTORCH_USE_PYTORCH=1; Debian's libtorch-dev under /usr.
// Usage: find-libtorch.js json|include|libdir|ldflags|defines
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function readVersion(includeDir) {
  const f = path.join(includeDir, 'torch/csrc/api/include/torch/version.h');
  if (!fs.existsSync(f)) return null;
  const m = /#define\s+TORCH_VERSION\s+\\?\s*"([^"]+)"/.exec(fs.readFileSync(f, 'utf8'));
  return m ? m[1] : null;
}

function fromPython() {
  const py = process.env.PYTHON || 'python3';
  const code = 'import torch,os;print(os.path.dirname(torch.__file__));print(int(torch._C._GLIBCXX_USE_CXX11_ABI))';
  let out;
  try {
    out = execFileSync(py, ['-c', code], { encoding: 'utf8' }).trim().split('\n');
  } catch (e) {
    throw new Error(`LIBTORCH_USE_PYTORCH=1 but '${py} -c "import torch"' failed: ${e.message}`);
  }
  return { root: out[0], abi: out[1] === '1' ? 1 : 0, source: 'pytorch' };
}

function debianLibDir() {
  for (const d of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']) {
    if (fs.existsSync(path.join(d, 'libtorch.so')) || fs.existsSync(path.join(d, 'libtorch_cpu.so'))) return d;
  }
  return null;
}

function find() {
  let root;
  let libDir;
  let includeDir;
  let abi = null;
  let source;
  if (process.env.LIBTORCH) {
    root = path.resolve(process.env.LIBTORCH);
    source = 'LIBTORCH';
  } else if (process.env.LIBTORCH_USE_PYTORCH === '1') {
    const p = fromPython();
    root = p.root;
    abi = p.abi;
    source = p.source;
  }
  if (root) {
    includeDir = path.join(root, 'include');
    libDir = path.join(root, 'lib');
    if (!fs.existsSync(includeDir) || !fs.existsSync(libDir)) {
      throw new Error(`libtorch at ${root} (from ${source}) has no include/ and lib/ folders`);
    }
  } else {
    source = 'debian';
    root = '/usr';
    includeDir = '/usr/include';
    libDir = debianLibDir();
    if (!libDir || !fs.existsSync('/usr/include/torch')) {
      throw new Error('libtorch not found: set LIBTORCH=<folder with include/ and lib/>, ' +
        'or LIBTORCH_USE_PYTORCH=1, or install Debian\'s package: apt-get install libtorch-dev');
    }
    abi = 1; // Debian builds everything with the C++11 ABI
  }
  if (process.env.LIBTORCH_CXX11_ABI === '0' || process.env.LIBTORCH_CXX11_ABI === '1') {
    abi = Number(process.env.LIBTORCH_CXX11_ABI);
  }
  if (abi === null) abi = 1;
  const version = readVersion(includeDir);
  if (!version) throw new Error(`cannot read the libtorch version from ${includeDir}/torch/csrc/api/include/torch/version.h`);
  const has = (name) => fs.existsSync(path.join(libDir, name));
  const cuda = has('libtorch_cuda.so');
  const libs = ['-ltorch', '-ltorch_cpu', '-lc10'];
  const cudaLibs = cuda ? ['-ltorch_cuda', '-lc10_cuda'] : [];
  return {
    source, root, version, abi, cuda,
    include: [includeDir, path.join(includeDir, 'torch/csrc/api/include')],
    libDir,
    // CUDA libraries are linked even though no symbol of ours needs them: their static
    // initializers register the CUDA kernels and hooks, so cuda.isAvailable() works.
    ldflags: [`-L${libDir}`, `-Wl,-rpath,${libDir}`, '-Wl,--no-as-needed', ...cudaLibs, ...libs, '-Wl,--as-needed'],
  };
}

if (require.main === module) {
  try {
    const info = find();
    const what = process.argv[2] || 'json';
    const out = {
      json: () => JSON.stringify(info, null, 2),
      include: () => info.include.join(' '),
      libdir: () => info.libDir,
      ldflags: () => info.ldflags.join(' '),
      defines: () => `_GLIBCXX_USE_CXX11_ABI=${info.abi}`,
    }[what];
    if (!out) throw new Error(`unknown query ${what}`);
    process.stdout.write(out() + '\n');
  } catch (e) {
    process.stderr.write(`@must/torch: ${e.message}\n`);
    process.exit(1);
  }
}

module.exports = { find, readVersion };
